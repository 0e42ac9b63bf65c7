// SPDX-License-Identifier: Apache-2.0
#include "CandidateTableModel.h"
#include "I18n.h"
#include "MainWindow.h"
#include "vs/Distribution.h"
#include "vs/ResponseParser.h"
#include "vs/Settings.h"
#include "WidgetTestKit.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(RunResult)
Q_DECLARE_METATYPE(Distribution)

/*
 * Every QAbstractItemModel in ui/ runs under QAbstractItemModelTester while it changes the way the app changes it.
 * Today that is CandidateTableModel alone (grep `QAbstract.*Model` in ui/); a new model gets its test here.
 */

namespace {
/// What the parser makes of a streamed VS reply: the candidates a Run hands to Distribution::build.
QList<Candidate> parsed(const QString &reply, bool truncated = false)
{
    ResponseParser parser(ResponseParser::Format::Json);
    // In uneven chunks, as a stream arrives.
    for (qsizetype i = 0; i < reply.size(); i += 11)
        parser.feed(QStringView(reply).mid(i, 11));
    parser.finish(truncated);
    return parser.candidates();
}

Distribution verbalized(const QString &reply, int k, bool truncated = false, TauMode tauMode = TauMode::Off)
{
    GenerationSettings s;
    s.method = Method::VsStandard;
    s.k = k;
    s.tauMode = tauMode;
    s.tau = 0.2;
    s.minSurvivors = 2;
    return Distribution::build(parsed(reply, truncated), PostProcessOptions::fromSettings(s));
}

/// A direct-prompting run: one plain answer per call, repeats counted; the last call may have been cut off.
Distribution counted(const QStringList &answers, bool lastCutOff = false)
{
    GenerationSettings s;
    s.method = Method::Direct;
    s.k = int(answers.size());
    QList<Candidate> items;
    for (int i = 0; i < answers.size(); ++i) {
        Candidate c;
        c.text = answers.at(i);
        c.index = i;
        c.partial = lastCutOff && i == answers.size() - 1;
        items.append(c);
    }
    return Distribution::build(items, PostProcessOptions::fromSettings(s));
}

/// Observed frequencies of n seeded draws, as Sample ×N shows them.
QList<double> observedFrequencies(const Distribution &d, int n = 1000, quint64 seed = 7)
{
    QList<double> freq(d.size(), 0.0);
    for (const int i : d.sample(n, seed))
        freq[i] += 1.0 / n;
    return freq;
}

QString vsReply(const QList<std::pair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[text, probability] : items) {
        parts.append(probability.isEmpty()
                         ? QStringLiteral(R"({"text": "%1"})").arg(text)
                         : QStringLiteral(R"({"text": "%1", "probability": %2})").arg(text, probability));
    }
    return QStringLiteral(R"({"responses": [)") + parts.join(QStringLiteral(", ")) + QStringLiteral("]}");
}

Distribution small()
{
    return verbalized(
        vsReply({{QStringLiteral("Heads"), QStringLiteral("0.55")}, {QStringLiteral("Tails"), QStringLiteral("0.45")}}),
        2);
}

Distribution large()
{
    QList<std::pair<QString, QString>> items;
    for (int i = 0; i < 12; ++i)
        items.append({QStringLiteral("Answer number %1, with \\\"quotes\\\" and a line\\nbreak").arg(i + 1),
                      QString::number(0.2 - 0.015 * i)});
    return verbalized(vsReply(items), 12);
}

/// What makes a distribution's rows differ from the plain case, so each data row is known to cover its case.
QStringList traitsOf(const Distribution &d)
{
    const auto any = [&d](auto predicate) { return std::any_of(d.items().cbegin(), d.items().cend(), predicate); };
    QStringList traits;
    if (d.isCounted())
        traits.append(QStringLiteral("counted"));
    if (any([](const Candidate &c) { return c.basis() == Candidate::Basis::FilledIn; }))
        traits.append(QStringLiteral("filled in"));
    if (any([](const Candidate &c) { return c.count > 1; }))
        traits.append(QStringLiteral("merged"));
    if (any([](const Candidate &c) { return c.partial; }))
        traits.append(QStringLiteral("partial"));
    if (any([](const Candidate &c) {
            return std::any_of(c.repairs.cbegin(), c.repairs.cend(), [](const QString &r) {
                return r != QLatin1String("missing") && r != QLatin1String("duplicate");
            });
        }))
        traits.append(QStringLiteral("repaired"));
    if (d.numFiltered() > 0)
        traits.append(QStringLiteral("filtered"));
    return traits;
}

/// The rows show the candidates in order, whole, ranked from 1; nothing outside the table is an index.
void checkRows(const CandidateTableModel &model, const QList<Candidate> &items)
{
    QCOMPARE(model.rowCount(), int(items.size()));
    QCOMPARE(model.columnCount(), int(CandidateTableModel::ColumnCount));
    QCOMPARE(model.candidates().size(), items.size());
    for (int row = 0; row < items.size(); ++row) {
        QCOMPARE(model.index(row, CandidateTableModel::RankColumn).data().toInt(), row + 1);
        QCOMPARE(model.index(row, CandidateTableModel::TextColumn).data().toString(), items.at(row).text);
        QCOMPARE(model.index(row, CandidateTableModel::TextColumn).data(Qt::UserRole).toString(), items.at(row).text);
        for (int column = 0; column < CandidateTableModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            QVERIFY(index.isValid());
            QCOMPARE(model.rowCount(index), 0); // a table: no row has children
            QCOMPARE(model.columnCount(index), 0);
            QVERIFY(index.data(Qt::TextAlignmentRole).isValid());
            QCOMPARE(index.data(Qt::AccessibleTextRole), index.data(Qt::DisplayRole));
        }
    }
    QVERIFY(!model.index(int(items.size()), 0).isValid());
    QVERIFY(!model.index(0, CandidateTableModel::ColumnCount).isValid());
    QVERIFY(!model.index(-1, 0).isValid());
    for (int column = 0; column < CandidateTableModel::ColumnCount; ++column)
        QVERIFY2(!model.headerData(column, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(column)));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QCOMPARE(model.allRows().size(), items.size());
}

/// Observed frequencies are shown in the Observed column of every row, and a view is told about each of them.
void checkObserved(CandidateTableModel &model, const QList<double> &frequencies)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setObserved(frequencies);
    if (QTest::currentTestFailed()) // the tester reports from inside the signal
        return;
    QCOMPARE(model.hasObserved(), !frequencies.isEmpty());
    for (int row = 0; row < frequencies.size(); ++row) {
        const QString shown = model.index(row, CandidateTableModel::ObservedColumn).data().toString();
        QCOMPARE(shown, CandidateTableModel::formatProbability(frequencies.at(row)));
    }
    if (model.rowCount() == 0)
        return;
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QVERIFY(topLeft.row() == 0 && topLeft.column() <= CandidateTableModel::ObservedColumn);
    QVERIFY(bottomRight.row() == model.rowCount() - 1 && bottomRight.column() >= CandidateTableModel::ObservedColumn);
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        QCoreApplication::setOrganizationName(QStringLiteral("VS Lab Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui_itemmodels"));
    }

    void init()
    {
        QSettings().clear();
        I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
    }

    void candidateTableModel_data()
    {
        QTest::addColumn<Distribution>("distribution");
        QTest::addColumn<QStringList>("traits");
        const QString clean = vsReply({{QStringLiteral("A pun about bread"), QStringLiteral("0.4")},
                                       {QStringLiteral("A knock-knock joke"), QStringLiteral("0.3")},
                                       {QStringLiteral("A one-liner"), QStringLiteral("0.2")},
                                       {QStringLiteral("An anti-joke"), QStringLiteral("0.1")}});
        QTest::newRow("stated") << verbalized(clean, 4) << QStringList();
        // Every repair at once: a percentage, a missing number (filled in), a negative one, a duplicate (merged).
        const QString repaired = vsReply({{QStringLiteral("Texas"), QStringLiteral("\"35%\"")},
                                          {QStringLiteral("Ohio"), QString()},
                                          {QStringLiteral("Maine"), QStringLiteral("-0.2")},
                                          {QStringLiteral("  Texas "), QStringLiteral("0.1")},
                                          {QStringLiteral("Utah"), QStringLiteral("1.7")}});
        QTest::newRow("repaired") << verbalized(repaired, 5)
                                  << QStringList{QStringLiteral("filled in"), QStringLiteral("merged"),
                                                 QStringLiteral("repaired")};
        // Cut off mid-candidate (token limit, cancel): the last one is kept, flagged partial, with weight 0; it never
        // got to its number, so that is filled in.
        const QString cut = clean.left(clean.indexOf(QStringLiteral("An anti")) + 7);
        QTest::newRow("partial") << verbalized(cut, 4, true)
                                 << QStringList{QStringLiteral("filled in"), QStringLiteral("partial")};
        QTest::newRow("tau filter") << verbalized(clean, 4, false, TauMode::Filter)
                                    << QStringList{QStringLiteral("filtered")};
        const QStringList answers{QStringLiteral("Why did the chicken cross the road?"),
                                  QStringLiteral("Why did the chicken cross the road?"),
                                  QStringLiteral("I told my wife she should embrace her mistakes."),
                                  QStringLiteral("Why did the chicken cross the road?"),
                                  QStringLiteral("Parallel lines have so much in common.")};
        QTest::newRow("counted") << counted(answers)
                                 << QStringList{QStringLiteral("counted"), QStringLiteral("merged")};
        QTest::newRow("counted, cut off")
            << counted(answers + QStringList{QStringLiteral("Why don't")}, true)
            << QStringList{QStringLiteral("counted"), QStringLiteral("merged"), QStringLiteral("partial")};
        QTest::newRow("one partial only")
            << verbalized(QStringLiteral("{\"responses\": [{\"text\": \"Half an ans"), 3, true)
            << QStringList{QStringLiteral("filled in"), QStringLiteral("partial")};
    }
    void candidateTableModel()
    {
        QFETCH(Distribution, distribution);
        QFETCH(QStringList, traits);
        QVERIFY2(!distribution.isEmpty(), "the parser found no candidate in the scripted reply");
        QCOMPARE(traitsOf(distribution), traits);
        const Distribution fewer = small();
        const Distribution more = large();
        QVERIFY(fewer.size() == 2 && more.size() == 12);

        CandidateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VSLAB_CHECK(checkRows(model, {}));
        QVERIFY(!model.hasObserved());

        // Filled, observed, retranslated, observations cleared (also by a list of the wrong size).
        VSLAB_CHECK(model.setCandidates(distribution.items()));
        VSLAB_CHECK(checkRows(model, distribution.items()));
        VSLAB_CHECK(checkObserved(model, observedFrequencies(distribution)));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        VSLAB_CHECK(model.retranslate());
        QCOMPARE(headers.size(), 1);
        VSLAB_CHECK(checkObserved(model, {}));
        VSLAB_CHECK(model.setObserved(QList<double>(distribution.size() + 1, 0.1)));
        QVERIFY(!model.hasObserved());

        // Refilled with fewer rows while observed, then with more: a new distribution drops the old draws.
        VSLAB_CHECK(checkObserved(model, observedFrequencies(distribution, 50, 3)));
        VSLAB_CHECK(model.setCandidates(fewer.items()));
        VSLAB_CHECK(checkRows(model, fewer.items()));
        QVERIFY(!model.hasObserved());
        VSLAB_CHECK(checkObserved(model, observedFrequencies(fewer)));
        VSLAB_CHECK(model.setCandidates(more.items()));
        VSLAB_CHECK(checkRows(model, more.items()));
        VSLAB_CHECK(checkObserved(model, observedFrequencies(more, 10)));
        VSLAB_CHECK(model.setCandidates(distribution.items()));
        VSLAB_CHECK(checkRows(model, distribution.items()));

        // Emptied, observed while empty (nothing to show), and filled again.
        VSLAB_CHECK(model.setCandidates({}));
        VSLAB_CHECK(checkRows(model, {}));
        VSLAB_CHECK(model.setObserved({1.0}));
        QVERIFY(!model.hasObserved());
        VSLAB_CHECK(model.setObserved({}));
        VSLAB_CHECK(model.retranslate());
        VSLAB_CHECK(model.setCandidates(distribution.items()));
        VSLAB_CHECK(checkRows(model, distribution.items()));
        VSLAB_CHECK(model.setCandidates(distribution.items())); // the same again: a reset, not a duplicate
        VSLAB_CHECK(checkRows(model, distribution.items()));
    }

    void candidateTableModelInTheWindow()
    {
        // The model as the window drives it: streamed runs of different sizes, Sample ×N, a counted method, a run
        // cancelled part-way, a language switch.
        auto w = WidgetTestKit::makeDemoWindow({.tokensPerSecond = 400.0});
        VSLAB_CHILD(QTableView, table, w.get(), "candidateTable");
        auto *model = qobject_cast<CandidateTableModel *>(table->model());
        QVERIFY2(model, "the candidate table does not show a CandidateTableModel");
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);

        GenerationSettings s = w->settings();
        for (const auto &[method, k] : {std::pair{Method::VsStandard, 5}, std::pair{Method::VsStandard, 12},
                                        std::pair{Method::VsStandard, 2}, std::pair{Method::Direct, 4}}) {
            s.method = method;
            s.k = k;
            w->setSettings(s);
            VSLAB_CHECK(WidgetTestKit::typeAndGenerate(w.get(), QStringLiteral("Tell me a joke")));
            VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, r);
            QVERIFY2(r.completed(), r.error ? qPrintable(r.error->message) : "");
            QCOMPARE(r.distribution.isCounted(), method == Method::Direct);
            VSLAB_CHECK(checkRows(*model, r.distribution.items()));
            VSLAB_CHECK(w->sampleMany(300));
            QVERIFY(model->hasObserved());
            VSLAB_CHECK(w->clearDraws());
        }

        s.method = Method::VsStandard;
        s.k = 10;
        w->setSettings(s);
        w->setDemoTokensPerSecond(80.0);
        w->generate();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 2, TestKit::kRunTimeoutMs);
        VSLAB_CHECK(w->cancel());
        VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, cancelled);
        QVERIFY(cancelled.cancelled);
        VSLAB_CHECK(checkRows(*model, cancelled.distribution.items()));

        VSLAB_CHECK(w->setLanguage(QStringLiteral("zh_CN")));
        VSLAB_CHECK(w->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(model->headerData(CandidateTableModel::TextColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Text"));
        QCOMPARE(table->model(), model); // one model for the window's life, so the tester saw every change
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
