// SPDX-License-Identifier: Apache-2.0
// The Simplified Chinese catalogue is complete and keeps every placeholder, and the embedded catalogue loads.
#include "I18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().remove(QLatin1Char('L')));
    out.sort();
    out.removeDuplicates();
    return out;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseCatalogueIsComplete()
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/translations/vslab_zh_CN.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context, source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || translation.trimmed().isEmpty())
                    problems.append(QStringLiteral("untranslated: %1 / %2").arg(context, source));
                else if (placeholders(translation) != placeholders(source))
                    problems.append(QStringLiteral("placeholders differ: %1 / %2").arg(context, source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    void embeddedCatalogueTranslates()
    {
        QVERIFY(I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN"))));
        QCOMPARE(QCoreApplication::translate("ProviderPreset", "Demo model (offline)"),
                 QStringLiteral("演示模型（离线）"));
        QVERIFY(!I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
        QCOMPARE(QCoreApplication::translate("ProviderPreset", "Demo model (offline)"),
                 QStringLiteral("Demo model (offline)"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
