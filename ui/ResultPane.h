// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/RunOutcome.h"

#include <QWidget>

class CandidateTableModel;
class CandidateTableView;
class DistributionChart;
class MessageBanner;
class ProviderRegistry;
class QLabel;
class QSplitter;
class QTabWidget;
class RawView;
class Session;
class WelcomePanel;

/**
 * The middle of the window: the message banner, what the next run will call, a summary line, and the tabs with the
 * chart over the candidate table and the raw view. It presents a Session's state; it changes nothing in it.
 */
class ResultPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPane(const Session *session, QWidget *parent = nullptr);
    ~ResultPane() override;
    Q_DISABLE_COPY_MOVE(ResultPane)

    MessageBanner *banner() const { return m_banner; }
    DistributionChart *chart() const { return m_chart; }
    CandidateTableView *table() const { return m_table; }
    CandidateTableModel *tableModel() const { return m_tableModel; }
    RawView *raw() const { return m_raw; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_split; }
    /// The first-launch panel above the tabs; hidden once a distribution is shown.
    WelcomePanel *welcome() const { return m_welcome; }

    /// The line saying what Generate will call (provider, model, URL, where the key comes from); the badge marks
    /// the simulated demo model.
    void showTarget(const ProviderRegistry &providers);
    /// Draws the session's distribution (provisional while it streams): chart, table, τ line, summary.
    void showDistribution(bool provisional);
    /// Observed frequencies of the last Sample ×N (empty hides them).
    void showObserved(const QList<double> &frequencies);
    void showOutcome(const RunOutcome &outcome);
    void selectRank(int rank);
    /// Where the distribution shown came from ("Restored from the history (run of …)"); empty for a run.
    QString originText() const;

    /// Copies the selected candidates (one as its bare text, several as TSV), or all as TSV or Markdown.
    void copySelected();
    /// The candidates selected in the table (or the bar selected in the chart), as rows, in order.
    QList<int> selectedRows() const;
    void copyAllTsv();
    void copyAllMarkdown();

Q_SIGNALS:
    void rankSelected(int rank);
    /// Something was copied to the clipboard: a line for the status bar.
    void copied(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString chartTitle() const;
    QString summary(bool provisional) const;

    const Session *m_session;
    MessageBanner *m_banner = nullptr;
    QLabel *m_simulated = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_summary = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_split = nullptr;
    DistributionChart *m_chart = nullptr;
    CandidateTableModel *m_tableModel = nullptr;
    CandidateTableView *m_table = nullptr;
    RawView *m_raw = nullptr;
    bool m_provisional = false;
};
