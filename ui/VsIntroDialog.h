// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTextBrowser;

/**
 * Help → What is Verbalized Sampling?: the idea, the paper's headline results with their source, and what each
 * prompting method and each τ mode means. Non-modal, so it can stay open next to the window while the user tries
 * the methods it describes.
 */
class VsIntroDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit VsIntroDialog(QWidget *parent = nullptr);
    ~VsIntroDialog() override;
    Q_DISABLE_COPY_MOVE(VsIntroDialog)

    /// Shows the window's dialog, creating it on first use; never blocks.
    static VsIntroDialog *showFor(QWidget *window);
    /// The text shown, as the HTML it was built from.
    QString html() const { return m_html; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_html;
};
