// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

/// One message of a chat conversation, as sent to any provider.
struct ChatMessage
{
    enum class Role {
        System,
        User,
        Assistant
    };
    Role role = Role::User;
    QString content;

    /// "system" / "user" / "assistant"
    static QString roleName(Role r)
    {
        switch (r) {
        case Role::System:
            return QStringLiteral("system");
        case Role::Assistant:
            return QStringLiteral("assistant");
        case Role::User:
            break;
        }
        return QStringLiteral("user");
    }
    bool operator==(const ChatMessage &) const = default;
};

using Conversation = QList<ChatMessage>;
