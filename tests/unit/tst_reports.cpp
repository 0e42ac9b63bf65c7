// SPDX-License-Identifier: Apache-2.0
// Reports to share: the chart as SVG (and PNG through vslab_render), the self-contained HTML report, the formats
// every export path gets through DistributionFile, and CSV cells a spreadsheet never runs as formulas.
#include "ChartImage.h"
#include "DelimitedText.h"
#include "export/ChartSvg.h"
#include "export/DistributionFile.h"
#include "export/HtmlReport.h"
#include "export/TextExport.h"
#include "I18n.h"

#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString hostile = u"Tell me </script><script>alert('x')</script> & <b>\"quotes\"</b> ]]> \x01 <!-- end"_s;

Candidate candidate(const QString &text, double stated, int index)
{
    Candidate c;
    c.text = text;
    c.stated = c.clipped = stated;
    c.statedRaw = QString::number(stated);
    c.index = index;
    return c;
}

/// A run with a stated, a filled-in (hatched) and a cut-off candidate, CJK text, and a hostile prompt.
SavedRun mixedRun(bool simulated = true)
{
    QList<Candidate> items{candidate(u"A lighthouse keeper who counts ships <never> & \"sleeps\""_s, 0.5, 0),
                           candidate(u"一只会说话的猫在深夜的城市里寻找回家的路，遇到了许多奇怪的朋友"_s, 0.3, 1),
                           candidate(u"=HYPERLINK(\"http://evil.example\") no probability"_s, std::nan(""), 2)};
    items[2].statedRaw.clear();
    items[2].repairs = {u"missing"_s};
    SavedRun run;
    run.request.prompt = hostile;
    run.request.settings.k = 3;
    run.request.settings.tauMode = TauMode::Filter;
    run.request.settings.tau = 0.1;
    run.request.settings.seed = 42;
    run.result.distribution = Distribution::build(items, {});
    QList<Candidate> built = run.result.distribution.items();
    run.result.providerId = u"demo"_s;
    run.result.model = u"demo-model"_s;
    run.result.url = QUrl(u"https://user:secret-password@api.example.com/v1"_s);
    run.result.simulated = simulated;
    run.result.latencyMs = 1234;
    run.result.usage.inputTokens = 120;
    run.result.usage.outputTokens = 340;
    run.result.warnings = {Warning{Warning::Code::MissingProbability, u"One candidate had no <probability>."_s}};
    return run;
}

/// A simulated demo run as the GUI shows one: five stories, one filled in, one cut off, τ as a tail instruction.
SavedRun sampleRun(bool chinese)
{
    const QStringList en{u"A lighthouse keeper finds a letter addressed to the sea itself."_s,
                         u"The tide went out one morning and never came back, leaving a town of curious fish."_s,
                         u"Two sailors argue over a map that redraws itself every night."_s,
                         u"A girl learns to whistle in the language of whales."_s,
                         u"The last ferry of the season carries one passenger who is not"_s};
    const QStringList zh{u"灯塔看守人发现了一封写给大海本身的信。"_s,
                         u"一天早晨潮水退去，再也没有回来，只留下一座满是好奇的鱼的小镇。"_s,
                         u"两个水手为一张每晚都会自己重画的地图争吵不休。"_s, u"一个女孩学会了用鲸鱼的语言吹口哨。"_s,
                         u"本季最后一班渡轮只载着一位乘客，而他并不"_s};
    const QList<double> p{0.3, 0.25, 0.2, std::nan(""), 0.1};
    QList<Candidate> items;
    for (int i = 0; i < 5; ++i) {
        items.append(candidate((chinese ? zh : en).at(i), p.at(i), i));
        if (std::isnan(p.at(i))) {
            items.last().statedRaw.clear();
            items.last().repairs = {u"missing"_s};
        }
    }
    items.last().partial = true;
    SavedRun run;
    run.request.prompt =
        chinese ? u"为一个关于大海的故事写五个开头。"_s : u"Write five opening lines for a story about the sea."_s;
    run.request.settings.tauMode = TauMode::Tail;
    run.request.settings.seed = 42;
    run.result.distribution = Distribution::build(items, {});
    run.result.providerId = u"demo"_s;
    run.result.model = u"demo"_s;
    run.result.simulated = true;
    run.result.latencyMs = 850;
    run.result.warnings = run.result.distribution.warnings();
    return run;
}

QStringList texts(const SavedRun &run)
{
    QStringList out;
    for (const Candidate &c : run.result.distribution.items())
        out << c.text;
    return out;
}

/// Parses the whole document; the error text, empty when well-formed.
QString xmlError(const QString &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() + u" at line "_s + QString::number(reader.lineNumber()) : QString();
}

/// Every text node of an SVG, concatenated with spaces: what a reader sees.
QString svgText(const QString &xml)
{
    QXmlStreamReader reader(xml);
    QStringList out;
    QString element;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            element = reader.name().toString();
        if (reader.isCharacters() && element == u"text"_s)
            out << reader.text().toString();
    }
    return out.join(u' ');
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        ChartImage::install();
    }

    void svgIsWellFormedAndEscaped()
    {
        const SavedRun run = mixedRun();
        const QString svg = ChartSvg::document(ChartSvg::fromRun(run.request, run.result));
        QVERIFY2(xmlError(svg).isEmpty(), qPrintable(xmlError(svg)));
        QVERIFY(!svg.contains(u"<script"_s));
        QVERIFY(!svg.contains(u"<b>"_s));
        QVERIFY(!svg.contains(QChar(1)));
        // The escaped prompt comes back as the title text, word for word (the control character dropped).
        QVERIFY2(svgText(svg).contains(u"</script><script>alert('x')</script>"_s), qPrintable(svgText(svg)));
    }

    void svgLegendListsEveryMarkDrawn()
    {
        const SavedRun run = mixedRun();
        ChartSvg::Chart chart = ChartSvg::fromRun(run.request, run.result, {0.6, 0.3, 0.1});
        chart.items[0].partial = true;
        const QString svg = ChartSvg::document(chart);
        QVERIFY2(xmlError(svg).isEmpty(), qPrintable(xmlError(svg)));
        const QString text = svgText(svg);
        QVERIFY2(text.contains(u"Stated probability"_s), qPrintable(text));
        QVERIFY(text.contains(u"Filled in or cut off: not stated by the model"_s));
        QVERIFY(text.contains(u"Observed frequency (tick = weight)"_s));
        QVERIFY(text.contains(u"τ = 0.10 (probability filter)"_s));
        QCOMPARE(svg.count(u"class=\"legend-entry "_s), 4);
        // The values say what they are, as in the GUI chart.
        QVERIFY(text.contains(u"filled in"_s));
        QVERIFY(text.contains(u", cut off"_s));
        // Nothing selected is baked in: one colour for every solid bar.
        QVERIFY(!svg.contains(u"selected"_s));

        // Only what is drawn is listed: all stated, no draws, no τ.
        SavedRun plain = mixedRun(false);
        QList<Candidate> stated = plain.result.distribution.items();
        stated.removeIf([](const Candidate &c) { return c.basis() != Candidate::Basis::Stated; });
        chart = ChartSvg::Chart{stated, {}, std::nan(""), TauMode::Off, u"t"_s, false};
        const QString only = ChartSvg::document(chart);
        QCOMPARE(only.count(u"class=\"legend-entry "_s), 1);
        QVERIFY(!only.contains(u"hatched"_s));
    }

    void filledInBarsAreHatched()
    {
        const SavedRun run = mixedRun();
        const QString svg = ChartSvg::document(ChartSvg::fromRun(run.request, run.result));
        // Ranks: 0.5 and 0.3 stated; the filled-in one is hatched (its row and the legend swatch), never solid.
        QCOMPARE(svg.count(u"class=\"row hatched-row\""_s), 1);
        QCOMPARE(svg.count(u"class=\"hatched\""_s), 2);
        QCOMPARE(svg.count(u"class=\"stated\""_s), 2);
        const qsizetype hatchedRow = svg.indexOf(u"class=\"row hatched-row\""_s);
        QVERIFY(svg.indexOf(u"<path d=\"M"_s, hatchedRow) > hatchedRow); // the hatch lines
        QVERIFY(svgText(svg).contains(u"Filled in: the model stated no probability"_s));
    }

    void countedBarsAreSharesOfAnswers()
    {
        QList<Candidate> answers;
        for (const QString &t : {u"Paris"_s, u"Lyon"_s, u"Paris"_s, u"Paris"_s}) {
            Candidate c;
            c.text = t;
            c.index = int(answers.size());
            answers.append(c);
        }
        GenerationSettings s;
        s.method = Method::MultiTurn;
        s.k = 4;
        const Distribution d = Distribution::build(answers, PostProcessOptions::fromSettings(s));
        const QString text = svgText(ChartSvg::document(ChartSvg::Chart{d.items(), {}, 0.1, TauMode::Filter, {}, {}}));
        QVERIFY2(text.contains(u"3 of 4"_s), qPrintable(text));
        QVERIFY(text.contains(u"Share of answers (count / all answers)"_s));
        QVERIFY(!text.contains(u"τ ="_s)); // no stated probability to compare τ with
    }

    void simulatedMark()
    {
        const SavedRun demo = mixedRun(true);
        const SavedRun real = mixedRun(false);
        QVERIFY(ChartSvg::document(ChartSvg::fromRun(demo.request, demo.result)).contains(u"class=\"simulated\""_s));
        QVERIFY(!ChartSvg::document(ChartSvg::fromRun(real.request, real.result)).contains(u"simulated"_s));
        const QString html = HtmlReport::document(HtmlReport::Entry{demo.request, demo.result, {}, {}, {}, {}});
        QVERIFY(html.contains(u"<div class=\"simulated\""_s));
        QVERIFY(!HtmlReport::document(HtmlReport::Entry{real.request, real.result, {}, {}, {}, {}})
                     .contains(u"<div class=\"simulated\""_s));
    }

    void wrapKeepsLinesNarrowInAnyScript()
    {
        const QString latin = u"The quick brown fox jumps over the lazy dog again and again and again"_s;
        const QStringList lines = ChartSvg::wrap(latin, 200, 13, 2);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.last().endsWith(u"…"_s));
        QVERIFY(!lines.first().endsWith(u' '));
        for (const QString &l : lines)
            QVERIFY(ChartSvg::textWidth(l, 13) <= 200);
        const QStringList cjk = ChartSvg::wrap(u"一只会说话的猫在深夜的城市里寻找回家的路"_s, 100, 10, 3);
        QCOMPARE(cjk.size(), 2); // ten characters a line
        QCOMPARE(cjk.first().size(), 10);
        QCOMPARE(ChartSvg::wrap(u"short"_s, 200, 13, 2), QStringList{u"short"_s});
    }

    void htmlIsSelfContained()
    {
        SavedRun run = mixedRun();
        Metrics::MetricsReport metrics = Metrics::compute({u"a cat"_s, u"a dog"_s, u"a cat"_s});
        SampleDraw draw;
        draw.number = 1;
        draw.index = 0;
        draw.text = u"drawn <text>"_s;
        draw.seed = 7;
        const QString html = HtmlReport::document(
            HtmlReport::Entry{run.request, run.result, QDateTime::currentDateTime(), {0.5, 0.5, 0.0}, {draw}, metrics});
        // No external request of any kind: no URL in src/href, no link to a style sheet, no @import, no script.
        static const QRegularExpression external(u"(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!external.match(html).hasMatch());
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(!html.contains(u"@import"_s));
        QVERIFY(!html.contains(u"url("_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"src="_s));
        // The only http(s) text: the SVG namespace, and the candidate's own words, escaped.
        QString rest = html;
        rest.remove(u"http://www.w3.org/2000/svg"_s);
        rest.remove(u"http://evil.example"_s);
        rest.remove(u"https://api.example.com/v1"_s); // the base URL, shown as text
        QVERIFY2(!rest.contains(u"http://"_s) && !rest.contains(u"https://"_s), qPrintable(rest.left(2000)));
        // The base URL without its user info.
        QVERIFY(!html.contains(u"secret-password"_s));
        QVERIFY(html.contains(u"https://api.example.com/v1"_s));
        QVERIFY(html.contains(u"<html lang=\"en\">"_s) || html.contains(u"<html lang=\""_s));
        QVERIFY(html.contains(u"Metrics"_s));
        QVERIFY(html.contains(u"drawn &lt;text&gt;"_s));
        QVERIFY(html.contains(u"One candidate had no &lt;probability&gt;."_s));
        QVERIFY(html.contains(u"<svg xmlns"_s));
    }

    void htmlHasTheTableRowsAndEscapesAHostilePrompt()
    {
        const SavedRun run = mixedRun();
        const QString html = HtmlReport::document(HtmlReport::Entry{run.request, run.result, {}, {}, {}, {}});
        QCOMPARE(html.count(u"<script"_s), 0);
        QVERIFY(html.contains(u"&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"_s));
        QVERIFY(!html.contains(u"<b>\"quotes\"</b>"_s));
        QVERIFY(!html.contains(u"<!-- end"_s));
        const QString tbody = html.section(u"<tbody>"_s, 1).section(u"</tbody>"_s, 0, 0);
        QCOMPARE(tbody.count(u"<tr"_s), 3);
        QVERIFY(tbody.contains(u"<tr class=\"filled-in\">"_s));
        QVERIFY(tbody.contains(u"一只会说话的猫"_s));
        QVERIFY(tbody.contains(u"A lighthouse keeper who counts ships &lt;never&gt; &amp; &quot;sleeps&quot;"_s));
        // Stated shows only numbers the model wrote: the filled-in row has "—" there.
        QVERIFY(tbody.section(u"<tr class=\"filled-in\">"_s, 1).section(u"</tr>"_s, 0, 0).contains(u"—"_s));
        for (int c = 0; c < TextExport::columnCount; ++c) {
            if (TextExport::Column(c) != TextExport::Column::Observed)
                QVERIFY(html.contains(u"<th scope=\"col\">"_s + TextExport::columnTitle(TextExport::Column(c))));
        }
    }

    void aFailedRunWithoutCandidates()
    {
        SavedRun run;
        run.request.prompt = u"Name a US state."_s;
        run.result.error = ProviderError{};
        run.result.error->message = u"The key was rejected <401>."_s;
        const QString svg = ChartSvg::document(ChartSvg::fromRun(run.request, run.result));
        QVERIFY2(xmlError(svg).isEmpty(), qPrintable(xmlError(svg)));
        QVERIFY(svgText(svg).contains(u"No candidates."_s));
        const QString html = HtmlReport::document(HtmlReport::Entry{run.request, run.result, {}, {}, {}, {}});
        QVERIFY(
            html.contains(u"<div class=\"failed\" role=\"note\">The run failed: The key was rejected &lt;401&gt;."_s));
        QCOMPARE(html.section(u"<tbody>"_s, 1).section(u"</tbody>"_s, 0, 0).count(u"<tr"_s), 0);
    }

    void htmlOfSeveralRuns()
    {
        const SavedRun a = mixedRun(true);
        SavedRun b = mixedRun(false);
        b.request.prompt = u"Second prompt"_s;
        const QString html = QString::fromUtf8(DistributionFile::encodeHtml(
            {HtmlReport::Entry{a.request, a.result, {}, {}, {}, {}}, {b.request, b.result, {}, {}, {}, {}}}));
        QVERIFY(html.contains(u"<section id=\"run-1\">"_s));
        QVERIFY(html.contains(u"<section id=\"run-2\">"_s));
        QVERIFY(html.contains(u"href=\"#run-2\""_s));
        QCOMPARE(html.count(u"<svg xmlns"_s), 2);
        QCOMPARE(html.count(u"<div class=\"simulated\""_s), 1);
    }

    void formatsThroughDistributionFile()
    {
        using F = DistributionFile::Format;
        QCOMPARE(DistributionFile::formatForPath(u"a/report.HTML"_s), F::Html);
        QCOMPARE(DistributionFile::formatForPath(u"r.htm"_s), F::Html);
        QCOMPARE(DistributionFile::formatForPath(u"chart.svg"_s), F::Svg);
        QCOMPARE(DistributionFile::formatForPath(u"chart.png"_s), F::Png);
        QCOMPARE(DistributionFile::formatForPath(u"x.unknown"_s), F::Json);
        for (F f : {F::Json, F::Csv, F::Markdown, F::Html, F::Svg, F::Png})
            QCOMPARE(DistributionFile::formatForPath(u"x."_s + DistributionFile::suffix(f)), f);
        QCOMPARE(DistributionFile::parseFormat(u"png"_s), F::Png);
        QVERIFY(!DistributionFile::parseFormat(u"gif"_s));
        const SavedRun run = mixedRun();
        const QByteArray svg = DistributionFile::encode(run.request, run.result, F::Svg);
        QVERIFY(svg.startsWith("<?xml"));
        QVERIFY(DistributionFile::encode(run.request, run.result, F::Html).startsWith("<!DOCTYPE html>"));
    }

    void pngIsTwiceTheChartByDefault()
    {
        const SavedRun run = mixedRun();
        const QSize natural = ChartSvg::size(ChartSvg::fromRun(run.request, run.result));
        QVERIFY(DistributionFile::canEncode(DistributionFile::Format::Png));
        const QByteArray bytes = DistributionFile::encode(run.request, run.result, DistributionFile::Format::Png);
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), natural * 2);
        // Something is drawn: the bars' blue is there, not a blank page.
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; y += 3) {
            for (int x = 0; x < image.width() && !blue; x += 3)
                blue = image.pixelColor(x, y) == QColor(0x2f, 0x6d, 0xb5);
        }
        QVERIFY(blue);

        DistributionFile::Extras extras;
        extras.pixelWidth = 1200;
        QVERIFY(image.loadFromData(
            DistributionFile::encode(run.request, run.result, DistributionFile::Format::Png, extras), "PNG"));
        QCOMPARE(image.width(), 1200);
        QCOMPARE(image.height(), int(std::lround(natural.height() * 1200.0 / natural.width())));
    }

    void onlyPngCommandsNeedAGuiApplication()
    {
        const auto needs = [](QList<QByteArray> args) {
            args.prepend("vslab-cli");
            QList<char *> argv;
            for (QByteArray &a : args)
                argv.append(a.data());
            return ChartImage::needsGui(int(argv.size()), argv.data());
        };
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        const QByteArray display = qgetenv("DISPLAY");
        const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
        qunsetenv("QT_QPA_PLATFORM");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        QVERIFY(!needs({"history", "export", "3", "--format", "html", "-o", "r.html"}));
        QVERIFY(qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"));
        QVERIFY(needs({"history", "export", "3", "--format", "png", "-o", "chart"}));
        // A plain terminal has no display: Qt's offscreen platform draws the fonts.
        QCOMPARE(qgetenv("QT_QPA_PLATFORM"), QByteArray("offscreen"));
        QVERIFY(needs({"history", "export", "3", "--format=PNG", "-o", "c"}));
        QVERIFY(needs({"history", "export", "3", "-o", "chart.png"}));
        QVERIFY(!needs({"generate", "--format", "json", "png"}));
        qputenv("QT_QPA_PLATFORM", platform);
        if (!display.isEmpty())
            qputenv("DISPLAY", display);
        if (!wayland.isEmpty())
            qputenv("WAYLAND_DISPLAY", wayland);
    }

    void openingAnExportSaysWhatOpens_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(DistributionFile::Format::Csv);
        QTest::newRow("html") << int(DistributionFile::Format::Html);
        QTest::newRow("svg") << int(DistributionFile::Format::Svg);
        QTest::newRow("png") << int(DistributionFile::Format::Png);
        QTest::newRow("md") << int(DistributionFile::Format::Markdown);
    }
    void openingAnExportSaysWhatOpens()
    {
        QFETCH(int, format);
        const auto f = DistributionFile::Format(format);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run."_s + DistributionFile::suffix(f));
        const SavedRun run = mixedRun();
        QVERIFY(DistributionFile::write(path, DistributionFile::encode(run.request, run.result, f)));
        const Result<SavedRun> back = DistributionFile::read(path);
        QVERIFY(!back);
        QVERIFY2(back.message().contains(u"JSON (.json)"_s), qPrintable(back.message()));
        QVERIFY2(back.message().contains(u"cannot open them"_s), qPrintable(back.message()));
    }

    void csvCellsNeverRunAsFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("=") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("+") << u"+1"_s << u"'+1"_s;
        QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("cr") << u"\r=1"_s << u"'\r=1"_s;
        QTest::newRow("inside") << u"a=1"_s << u"a=1"_s;
        QTest::newRow("quote") << u"'kept"_s << u"'kept"_s;
    }
    void csvCellsNeverRunAsFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        Candidate c = candidate(text, -0.25, 0); // a negative stated number stays a number
        c.statedRaw = u"-25%"_s;
        const QList<Candidate> items = Distribution::build({c}, {}).items();
        bool ok = false;
        const QList<QStringList> rows = parseDelimited(TextExport::csv(items), QLatin1Char(','), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.at(1).at(1), cell);
        QCOMPARE(rows.at(1).at(3), u"-0.25"_s);
        QCOMPARE(rows.at(1).at(4), u"'-25%"_s);
    }

    // Writes an English and a Chinese report, SVG and PNG for a look in a browser (headless Chromium screenshots).
    void sampleFiles()
    {
        const QString dir = qEnvironmentVariable("VSLAB_REPORT_SAMPLES_DIR");
        if (dir.isEmpty())
            QSKIP("set VSLAB_REPORT_SAMPLES_DIR to write sample reports there");
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QVERIFY(!bytes.isEmpty());
            QVERIFY(DistributionFile::write(dir + u'/' + name, bytes));
        };
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            I18n::install(*QCoreApplication::instance(), QLocale(language));
            SavedRun run = sampleRun(language == u"zh_CN"_s);
            DistributionFile::Extras extras;
            extras.observed = {0.31, 0.22, 0.2, 0.17, 0.1};
            extras.created = QDateTime(QDate(2026, 11, 30), QTime(18, 5));
            extras.metrics = Metrics::compute(texts(run));
            SampleDraw draw;
            draw.number = 1;
            draw.index = 0;
            draw.text = run.result.distribution.items().first().text;
            draw.weight = run.result.distribution.items().first().weight;
            draw.seed = 42;
            draw.count = 100;
            draw.frequency = 0.31;
            extras.draws = {draw};
            using F = DistributionFile::Format;
            for (F f : {F::Html, F::Svg, F::Png})
                write(u"report-"_s + language + u'.' + DistributionFile::suffix(f),
                      DistributionFile::encode(run.request, run.result, f, extras));
            const SavedRun second = mixedRun(false);
            write(u"reports-"_s + language + u".html"_s,
                  DistributionFile::encodeHtml(
                      {{run.request, run.result, extras.created, extras.observed, extras.draws, extras.metrics},
                       {second.request, second.result, {}, {}, {}, {}}}));
        }
        // A counted method with many answers and long mixed-script labels.
        I18n::install(*QCoreApplication::instance(), QLocale(u"en"_s));
        QList<Candidate> answers;
        for (int i = 0; i < 40; ++i) {
            Candidate c;
            c.text = i % 3 == 0 ? u"Paris, the city of light, where every street corner has a café and a story"_s
                     : i % 3 == 1
                         ? u"東京 — a very long answer mixing scripts: 夜の街の光がとても美しい and more words"_s
                         : u"Answer number "_s + QString::number(i % 7);
            c.index = i;
            answers.append(c);
        }
        GenerationSettings s;
        s.method = Method::MultiTurn;
        s.k = 40;
        SavedRun counted;
        counted.request.prompt = u"Name a city."_s;
        counted.request.settings = s;
        counted.result.distribution = Distribution::build(answers, PostProcessOptions::fromSettings(s));
        write(u"chart-counted.svg"_s,
              DistributionFile::encode(counted.request, counted.result, DistributionFile::Format::Svg));
        write(u"chart-counted.png"_s,
              DistributionFile::encode(counted.request, counted.result, DistributionFile::Format::Png));
    }

    // Last: installs the Chinese catalogue for the rest of the process.
    void chineseReport()
    {
        if (!I18n::install(*QCoreApplication::instance(), QLocale(u"zh_CN"_s)))
            QSKIP("the zh_CN catalogue is not built into this binary");
        const SavedRun run = mixedRun();
        const QString html = HtmlReport::document(HtmlReport::Entry{run.request, run.result, {}, {}, {}, {}});
        QVERIFY(html.contains(u"<html lang=\"zh-CN\">"_s));
        // The table's column titles come from the catalogue.
        const QString header = html.section(u"<thead>"_s, 1).section(u"</thead>"_s, 0, 0);
        QVERIFY2(hasChinese(header), qPrintable(header));
        QVERIFY(hasChinese(TextExport::columnTitle(TextExport::Column::Stated)));
        I18n::install(*QCoreApplication::instance(), QLocale(u"en"_s));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
