// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Settings.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;

/// "Methods:" and one check box per method, as the lab and the models grid offer them. Box object names are
/// `<prefix>-<method>` ("labMethod-direct").
class MethodChecks final : public QWidget
{
    Q_OBJECT
public:
    MethodChecks(const QString &objectPrefix, const QList<Method> &checked, QWidget *parent = nullptr);
    ~MethodChecks() override;
    Q_DISABLE_COPY_MOVE(MethodChecks)

    /// The checked methods, in the order of Names::allMethods().
    QList<Method> methods() const;
    void setMethods(const QList<Method> &methods);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QList<QCheckBox *> m_boxes;
};
