// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

/// A non-modal strip above the results for warnings and errors; it never blocks the window.
class MessageBanner final : public QWidget
{
    Q_OBJECT
public:
    enum class Severity {
        Info,
        Warning,
        Error
    };
    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;
    Q_DISABLE_COPY_MOVE(MessageBanner)

    /// Shows a headline, clickable suggestions and detail lines (plain text); replaces what was shown.
    void showMessage(Severity severity, const QString &headline, const QStringList &details = {},
                     const QStringList &suggestions = {});
    void clear();
    Severity severity() const { return m_severity; }
    QString headline() const { return m_headline; }
    QStringList details() const { return m_details; }
    QStringList suggestions() const { return m_suggestions; }
    /// Everything shown, as plain text.
    QString text() const;

Q_SIGNALS:
    /// The user clicked (or pressed Enter on) a suggestion.
    void suggestionActivated(const QString &suggestion);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Severity m_severity = Severity::Info;
    QString m_headline;
    QStringList m_details;
    QStringList m_suggestions;
};
