// SPDX-License-Identifier: Apache-2.0
#include "HtmlReport.h"

#include "base/SafeUrl.h"
#include "export/ChartSvg.h"
#include "export/TextExport.h"
#include "I18n.h"

#include <QLocale>

namespace {
// Inline, light, print-friendly; system fonts only (no web font, no request).
const char *const kStyle = R"(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", "WenQuanYi Micro Hei",
  "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1f2328; background: #ffffff;
  margin: 0 auto; max-width: 1040px; padding: 24px; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.3em; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 1.05em; margin: 20px 0 6px; }
.generated { color: #57606a; margin: 0 0 12px; }
.simulated { background: #fff1d6; border: 2px solid #b35900; color: #6b3500; padding: 10px 14px;
  border-radius: 6px; margin: 12px 0; }
.failed { background: #ffebe9; border: 2px solid #cf222e; color: #82071e; padding: 10px 14px; border-radius: 6px; }
pre.prompt { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; border: 1px solid #d0d7de;
  border-radius: 6px; padding: 10px 12px; font-family: inherit; margin: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: #57606a; }
dl.facts dd { margin: 0; word-break: break-all; }
figure.chart { margin: 12px 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f6f8fa; }
table.metrics, table.draws { width: auto; min-width: 50%; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { white-space: pre-wrap; word-break: break-word; }
tr.filled-in td, tr.partial td { background: repeating-linear-gradient(45deg, #ffffff, #ffffff 6px,
  #eef3fa 6px, #eef3fa 8px); }
.note { color: #57606a; margin: 4px 0; }
footer { color: #57606a; border-top: 1px solid #d0d7de; margin-top: 32px; padding-top: 8px; font-size: 0.9em; }
@media print { body { max-width: none; } h2 { break-before: page; } section:first-of-type h2 { break-before: auto; } }
)";

QString esc(const QString &s)
{
    return HtmlReport::escape(s);
}

QString fact(const QString &name, const QString &value)
{
    return QStringLiteral("<dt>") + esc(name) + QStringLiteral("</dt><dd>") + esc(value) + QStringLiteral("</dd>\n");
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString shortPrompt(const QString &prompt)
{
    const QString p = prompt.simplified();
    return p.size() > 90 ? p.left(89) + QStringLiteral("…") : p;
}
} // namespace

QString HtmlReport::escape(const QString &text)
{
    // XML-safe escaping is HTML-safe too: the same function serves the inline SVG and the page.
    return ChartSvg::escape(text);
}

QString HtmlReport::languageTag()
{
    QString tag = I18n::language();
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    return tag.isEmpty() || tag == QLatin1String("C") ? QStringLiteral("en") : tag;
}

QString HtmlReport::document(const Entry &run)
{
    return document(QList<Entry>{run});
}

QString HtmlReport::document(const QList<Entry> &runs)
{
    const QString heading =
        runs.size() == 1 ? tr("VS Lab report") : tr("VS Lab report: %n run(s)", nullptr, int(runs.size()));
    const QString pageTitle =
        runs.size() == 1 ? heading + QStringLiteral(" — ") + shortPrompt(runs.first().request.prompt) : heading;
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                      .arg(esc(languageTag()));
    // The page may load nothing at all: no script, no font, no image, no style sheet from anywhere.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'\">\n<meta name=\"viewport\" "
                          "content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" "
                          "content=\"VS Lab " VSLAB_VERSION "\">\n<title>") +
           esc(pageTitle) + QStringLiteral("</title>\n<style>") + QString::fromUtf8(kStyle) +
           QStringLiteral("</style>\n</head>\n<body>\n<header>\n<h1>") + esc(heading) + QStringLiteral("</h1>\n");
    out += QStringLiteral("<p class=\"generated\">") +
           esc(tr("Made by VS Lab %1 on %2. This file loads nothing from the network.")
                   .arg(QStringLiteral(VSLAB_VERSION),
                        QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat))) +
           QStringLiteral("</p>\n");
    if (runs.size() > 1) {
        out += QStringLiteral("<nav>\n<h2>") + esc(tr("Runs")) + QStringLiteral("</h2>\n<ol>\n");
        for (int i = 0; i < runs.size(); ++i) {
            out += QStringLiteral("<li><a href=\"#run-%1\">").arg(i + 1) + esc(shortPrompt(runs.at(i).request.prompt)) +
                   (runs.at(i).result.simulated
                        ? QStringLiteral(" <em>(") + esc(tr("simulated")) + QStringLiteral(")</em>")
                        : QString()) +
                   QStringLiteral("</a></li>\n");
        }
        out += QStringLiteral("</ol>\n</nav>\n");
    }
    out += QStringLiteral("</header>\n<main>\n");
    for (int i = 0; i < runs.size(); ++i)
        out += section(runs.at(i), runs.size() > 1 ? i + 1 : 0);
    out += QStringLiteral("</main>\n<footer>") +
           esc(tr("Stated shows only probabilities the model wrote; — marks a value VS Lab filled in or an answer it "
                  "counted. Hatched bars and rows were not stated by the model.")) +
           QStringLiteral("</footer>\n</body>\n</html>\n");
    return out;
}

QString HtmlReport::section(const Entry &run, int number)
{
    const QString id = number > 0 ? QStringLiteral("run-%1").arg(number) : QStringLiteral("run");
    QString out = QStringLiteral("<section id=\"%1\">\n").arg(id);
    if (number > 0)
        out += QStringLiteral("<h2>") + esc(tr("Run %1: %2").arg(number).arg(shortPrompt(run.request.prompt))) +
               QStringLiteral("</h2>\n");
    if (run.result.simulated) {
        out += QStringLiteral("<div class=\"simulated\" role=\"note\"><strong>") + esc(tr("Simulated")) +
               QStringLiteral("</strong> — ") +
               esc(tr("written by the offline demo model, not by a language model. The candidates and numbers show "
                      "how VS Lab works; they say nothing about any real model.")) +
               QStringLiteral("</div>\n");
    }
    if (run.result.error || run.result.cancelled) {
        const QString why = run.result.cancelled ? tr("The run was cancelled.")
                                                 : tr("The run failed: %1").arg(run.result.error->message);
        out += QStringLiteral("<div class=\"failed\" role=\"note\">") + esc(why) + QStringLiteral("</div>\n");
    }
    out += QStringLiteral("<h3>") + esc(tr("Prompt")) + QStringLiteral("</h3>\n<pre class=\"prompt\">") +
           esc(run.request.prompt) + QStringLiteral("</pre>\n");
    out += provenance(run);
    out += QStringLiteral("<figure class=\"chart\">\n") +
           ChartSvg::element(ChartSvg::fromRun(run.request, run.result, run.observed)) + QStringLiteral("</figure>\n");
    out += table(run) + warnings(run) + metrics(run) + draws(run);
    return out + QStringLiteral("</section>\n");
}

QString HtmlReport::provenance(const Entry &run)
{
    const RunResult &r = run.result;
    const GenerationSettings &s = run.request.settings;
    QString out =
        QStringLiteral("<h3>") + esc(tr("Settings and provenance")) + QStringLiteral("</h3>\n<dl class=\"facts\">\n");
    out += fact(tr("Provider"), r.providerId.isEmpty() ? tr("unknown") : r.providerId);
    out += fact(tr("Model"), r.model.isEmpty() ? tr("unknown") : r.model);
    // Only ever the address without user info: a user:password in a base URL never reaches a report.
    if (r.url.isValid() && !r.url.isEmpty())
        out += fact(tr("Base URL"), SafeUrl::text(r.url));
    out += fact(tr("Method"), Names::method(s.method));
    out += fact(tr("k"), QString::number(s.k));
    out += fact(tr("τ"), s.tauMode == TauMode::Off
                             ? tr("off")
                             : QStringLiteral("%1 (%2)").arg(number(s.tau, 2), Names::tauMode(s.tauMode)));
    out += fact(tr("Temperature"), number(s.temperature, 2));
    out += fact(tr("Seed"), s.seed ? QString::number(*s.seed) : tr("random"));
    if (run.created.isValid())
        out += fact(tr("Time"), QLocale().toString(run.created.toLocalTime(), QLocale::LongFormat));
    if (r.latencyMs > 0)
        out += fact(tr("Latency"), tr("%1 s").arg(number(double(r.latencyMs) / 1000.0, 2)));
    if (r.usage.isKnown()) {
        const auto tokens = [](qint64 n) { return n >= 0 ? QLocale().toString(n) : QStringLiteral("—"); };
        out += fact(
            tr("Usage"),
            tr("%1 input tokens, %2 output tokens").arg(tokens(r.usage.inputTokens), tokens(r.usage.outputTokens)));
    }
    if (r.callCount > 1)
        out += fact(tr("Calls"), QString::number(r.callCount));
    if (!r.finishReason.isEmpty())
        out += fact(tr("Finish reason"), r.finishReason);
    return out + QStringLiteral("</dl>\n");
}

QString HtmlReport::notes(const Entry &run)
{
    const QList<Candidate> &items = run.result.distribution.items();
    int filledIn = 0;
    bool counted = false;
    for (const Candidate &c : items) {
        filledIn += c.basis() == Candidate::Basis::FilledIn ? 1 : 0;
        counted = counted || c.basis() == Candidate::Basis::Counted;
    }
    QString out;
    if (counted)
        out += QStringLiteral("<p class=\"note\">") +
               esc(tr("This method states no probabilities: each weight is how often the model gave the answer, out "
                      "of %n answer(s).",
                      nullptr, TextExport::totalCount(items))) +
               QStringLiteral("</p>\n");
    if (filledIn > 0)
        out += QStringLiteral("<p class=\"note\">") +
               esc(tr("%n candidate(s) came without a probability; VS Lab filled one in to weigh them (Stated shows "
                      "—, repairs say missing).",
                      nullptr, filledIn)) +
               QStringLiteral("</p>\n");
    return out;
}

QString HtmlReport::table(const Entry &run)
{
    const QList<Candidate> &items = run.result.distribution.items();
    const bool withObserved = !run.observed.isEmpty() && run.observed.size() == items.size();
    QList<TextExport::Column> cols;
    for (int i = 0; i < TextExport::columnCount; ++i) {
        if (TextExport::Column(i) != TextExport::Column::Observed || withObserved)
            cols.append(TextExport::Column(i));
    }
    QString out = QStringLiteral("<h3>") + esc(tr("Candidates")) + QStringLiteral("</h3>\n") + notes(run);
    out += QStringLiteral("<table class=\"candidates\">\n<thead><tr>");
    for (TextExport::Column c : std::as_const(cols))
        out += QStringLiteral("<th scope=\"col\">") + esc(TextExport::columnTitle(c)) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    const int total = TextExport::totalCount(items);
    for (int row = 0; row < items.size(); ++row) {
        const Candidate &c = items.at(row);
        QStringList classes;
        if (c.basis() == Candidate::Basis::FilledIn)
            classes << QStringLiteral("filled-in");
        if (c.partial)
            classes << QStringLiteral("partial");
        out += classes.isEmpty() ? QStringLiteral("<tr>")
                                 : QStringLiteral("<tr class=\"%1\">").arg(classes.join(QLatin1Char(' ')));
        const double observed = withObserved ? run.observed.at(row) : std::nan("");
        for (TextExport::Column col : std::as_const(cols)) {
            const bool text = col == TextExport::Column::Text || col == TextExport::Column::Repairs;
            out += (text ? QStringLiteral("<td class=\"text\">") : QStringLiteral("<td class=\"num\">")) +
                   esc(TextExport::cell(c, row, col, observed, total)) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody>\n</table>\n");
}

QString HtmlReport::warnings(const Entry &run)
{
    QStringList lines;
    for (const Warning &w : run.result.warnings)
        lines << w.message;
    lines << run.result.notes;
    if (!run.result.parseError.isEmpty())
        lines << run.result.parseError;
    lines.removeAll(QString());
    lines.removeDuplicates();
    if (lines.isEmpty())
        return {};
    QString out = QStringLiteral("<h3>") + esc(tr("Warnings")) + QStringLiteral("</h3>\n<ul class=\"warnings\">\n");
    for (const QString &line : std::as_const(lines))
        out += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>\n");
    return out + QStringLiteral("</ul>\n");
}

QString HtmlReport::metrics(const Entry &run)
{
    if (!run.metrics)
        return {};
    const Metrics::MetricsReport &m = *run.metrics;
    QList<std::pair<QString, QString>> rows{{tr("Responses"), QString::number(m.n)},
                                            {tr("Unique answers"), QString::number(m.unique)},
                                            {tr("Entropy (bits)"), number(m.entropyBits, 3)},
                                            {tr("Distinct-1"), number(m.distinct1, 3)},
                                            {tr("Distinct-2"), number(m.distinct2, 3)},
                                            {tr("Distinct-3"), number(m.distinct3, 3)},
                                            {tr("ROUGE-L (mean pairwise)"), number(m.rougeL, 3)},
                                            {tr("Lexical diversity (1 − ROUGE-L)"), number(m.lexicalDiversity, 3)},
                                            {tr("Vendi score"), number(m.vendi, 3)}};
    if (m.precision)
        rows.append({tr("Precision"), number(*m.precision, 3)});
    if (m.coverage)
        rows.append({tr("Coverage"), number(*m.coverage, 3)});
    if (m.klUniform)
        rows.append({tr("KL to uniform (nats)"), number(*m.klUniform, 3)});
    QString out = QStringLiteral("<h3>") + esc(tr("Metrics")) + QStringLiteral("</h3>\n<table class=\"metrics\">\n");
    for (const auto &[name, value] : std::as_const(rows))
        out += QStringLiteral("<tr><th scope=\"row\">") + esc(name) + QStringLiteral("</th><td class=\"num\">") +
               esc(value) + QStringLiteral("</td></tr>\n");
    return out + QStringLiteral("</table>\n");
}

QString HtmlReport::draws(const Entry &run)
{
    if (run.draws.isEmpty())
        return {};
    QString out = QStringLiteral("<h3>") + esc(tr("Draws")) + QStringLiteral("</h3>\n<table class=\"draws\">\n<tr>");
    const QStringList header{tr("#"), tr("Seed"), tr("Draws"), tr("Drawn"), tr("Weight"), tr("Frequency")};
    for (const QString &h : header)
        out += QStringLiteral("<th scope=\"col\">") + esc(h) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>\n");
    for (const SampleDraw &d : run.draws) {
        out += QStringLiteral("<tr><td class=\"num\">%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>")
                   .arg(d.number)
                   .arg(d.seed)
                   .arg(d.count) +
               QStringLiteral("<td class=\"text\">") + esc(d.text) + QStringLiteral("</td><td class=\"num\">") +
               esc(TextExport::displayProbability(d.weight)) + QStringLiteral("</td><td class=\"num\">") +
               esc(TextExport::displayProbability(d.frequency)) + QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}
