// SPDX-License-Identifier: Apache-2.0
#include "VsIntroDialog.h"

#include "vs/Settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

QString term(const QString &name, const QString &title, const QString &description)
{
    return QStringLiteral("<li><b>") + title.toHtmlEscaped() + QStringLiteral("</b> (<code>") + name.toHtmlEscaped() +
           QStringLiteral("</code>): ") + description.toHtmlEscaped() + QStringLiteral("</li>");
}
} // namespace

VsIntroDialog::VsIntroDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("vsIntroDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("vsIntroText"));
    m_text->setOpenExternalLinks(true);
    layout->addWidget(m_text, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(m_buttons);
    resize(640, 620);
    retranslateUi();
}

VsIntroDialog::~VsIntroDialog() = default;

VsIntroDialog *VsIntroDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<VsIntroDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new VsIntroDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void VsIntroDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_text)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VsIntroDialog::retranslateUi()
{
    setWindowTitle(tr("What is Verbalized Sampling?"));
    QString html = heading(tr("The idea"));
    html += paragraph(tr("Aligned chat models collapse onto a few typical answers: ask one for a joke five times and "
                         "you often get the same joke five times. This is mode collapse; the paper traces it to "
                         "preference data that rewards familiar text."));
    html += paragraph(tr("Verbalized Sampling asks the model to verbalize a distribution instead: k candidate answers, "
                         "each with a probability. Listing them makes the model name the alternatives it knows, and "
                         "the program then samples one answer from that stated distribution."));
    html += heading(tr("What the paper found"));
    html += QStringLiteral("<ul><li>") +
            tr("Creative writing: diversity 1.6–2.1× that of direct prompting; human-rated diversity +25.7%; 66.8% of "
               "the base model's diversity recovered.")
                .toHtmlEscaped() +
            QStringLiteral("</li><li>") +
            tr("Human diversity ratings (1–4), direct / sequence / VS: poem 1.90 / 2.07 / 2.39; story 2.74 / 2.76 / "
               "3.06; joke 1.83 / 2.93 / 3.01.")
                .toHtmlEscaped() +
            QStringLiteral("</li><li>") +
            tr("“Name a US state”: Claude-4-Sonnet says “California” in 95 of 100 direct samples; with VS it is 5 of "
               "100 and 20 states are covered.")
                .toHtmlEscaped() +
            QStringLiteral("</li></ul>");
    html += QStringLiteral("<p>") +
            tr("Source: %1, arXiv 2510.01171.")
                .toHtmlEscaped()
                .arg(QStringLiteral("<a href=\"https://arxiv.org/abs/2510.01171\"><i>"
                                    "Verbalized Sampling: How to Mitigate Mode Collapse and "
                                    "Unlock LLM Diversity</i></a>")) +
            QStringLiteral("</p>");
    html += heading(tr("The methods"));
    html += QStringLiteral("<ul>");
    for (const Method m : Names::allMethods())
        html += term(Names::method(m), Names::methodTitle(m), Names::methodDescription(m));
    html += QStringLiteral("</ul>");
    html += heading(tr("τ (tau): two meanings, always named"));
    html += QStringLiteral("<ul>");
    html += term(Names::tauMode(TauMode::Off), tr("Off"), tr("τ is not used: every candidate is kept."));
    html += term(Names::tauMode(TauMode::Tail), tr("Tail instruction"),
                 tr("τ goes into the prompt: the model is asked for answers from the tails of its distribution, each "
                    "less probable than τ. A smaller τ asks for more unusual answers."));
    html += term(Names::tauMode(TauMode::Filter), tr("Probability filter"),
                 tr("τ never enters the prompt: after the reply, candidates stated below τ are dropped. When too few "
                    "survive, the most probable are kept and the chart says τ was relaxed."));
    html += QStringLiteral("</ul>");
    m_html = html;
    m_text->setHtml(html);
    m_text->setAccessibleName(tr("What is Verbalized Sampling?"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
}
