// SPDX-License-Identifier: Apache-2.0
#include "MethodChecks.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

MethodChecks::MethodChecks(const QString &objectPrefix, const QList<Method> &checked, QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel;
    row->addWidget(m_label);
    for (Method m : Names::allMethods()) {
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("%1-%2").arg(objectPrefix, Names::method(m)));
        box->setProperty("method", int(m));
        box->setChecked(checked.contains(m));
        connect(box, &QCheckBox::toggled, this, &MethodChecks::changed);
        m_boxes << box;
        row->addWidget(box);
    }
    row->addStretch(1);
    retranslate();
}

MethodChecks::~MethodChecks() = default;

QList<Method> MethodChecks::methods() const
{
    QList<Method> chosen;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            chosen << Method(box->property("method").toInt());
    }
    return chosen;
}

void MethodChecks::setMethods(const QList<Method> &methods)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(methods.contains(Method(box->property("method").toInt())));
}

void MethodChecks::retranslate()
{
    m_label->setText(tr("Methods:"));
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const auto m = Method(box->property("method").toInt());
        box->setText(Names::method(m));
        box->setAccessibleName(tr("Method %1").arg(Names::methodTitle(m)));
        box->setToolTip(Names::methodDescription(m));
    }
}

void MethodChecks::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
