// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QStringList>

class QVBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

/**
 * The first-launch panel above the results: three sentences on what Verbalized Sampling is and one button per prompt
 * the offline demo model knows. Choosing a prompt asks the window to run it; the close button hides the panel and
 * says so (the window remembers the choice; Help → Show welcome brings it back).
 */
class WelcomePanel final : public QFrame
{
    Q_OBJECT
public:
    explicit WelcomePanel(const QStringList &prompts, QWidget *parent = nullptr);
    ~WelcomePanel() override;
    Q_DISABLE_COPY_MOVE(WelcomePanel)

    QStringList prompts() const { return m_prompts; }
    /// The explanation as shown (plain text), for tests and screen readers.
    QString text() const;
    /// Closed by the user (and not reopened since): the window keeps it hidden at the next start.
    bool isDismissed() const { return m_dismissed; }
    void setDismissed(bool dismissed);
    /// Help → Show welcome: shows the panel again and forgets that it was dismissed.
    void reopen();

Q_SIGNALS:
    /// The user picked one of the demo model's prompts: set it and generate.
    void promptChosen(const QString &prompt);
    /// The user closed the panel.
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    /// Flows the prompt buttons into rows that fit `width`, like words in a paragraph.
    void arrangeButtons(int width);

    QStringList m_prompts;
    bool m_dismissed = false;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_tryLabel = nullptr;
    QToolButton *m_close = nullptr;
    QList<QPushButton *> m_buttons;
    QVBoxLayout *m_rows = nullptr;
    QList<int> m_rowOf; ///< the row of each button as last arranged
};
