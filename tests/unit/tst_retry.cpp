// SPDX-License-Identifier: Apache-2.0
#include "providers/RetryPolicy.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRetry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryableStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int s : {408, 409, 429, 500, 502, 503, 504, 529})
            QTest::addRow("%d", s) << s << true;
        for (int s : {200, 400, 401, 402, 403, 404, 413, 422})
            QTest::addRow("%d", s) << s << false;
    }
    void retryableStatus()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
    }

    void canRetryCountsAttempts()
    {
        const RetryPolicy off(0);
        QVERIFY(!off.canRetry(1));
        const RetryPolicy two(2);
        QVERIFY(two.canRetry(1));
        QVERIFY(two.canRetry(2));
        QVERIFY(!two.canRetry(3));
        QCOMPARE(RetryPolicy(-3).maxRetries(), 0);
    }

    void exponentialBackoff_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        // base 500 ms, cap 30 s; the jitter scales the step into [50 %, 100 %].
        QTest::newRow("first, max jitter") << 1 << 1.0 << qint64(500);
        QTest::newRow("first, min jitter") << 1 << 0.0 << qint64(250);
        QTest::newRow("second") << 2 << 1.0 << qint64(1000);
        QTest::newRow("third, half") << 3 << 0.5 << qint64(1500);
        QTest::newRow("sixth") << 6 << 1.0 << qint64(16000);
        QTest::newRow("capped") << 8 << 1.0 << qint64(30000);
        QTest::newRow("capped, min jitter") << 20 << 0.0 << qint64(15000);
        QTest::newRow("huge retry number") << 1000 << 1.0 << qint64(30000);
        QTest::newRow("random clamped") << 1 << 7.0 << qint64(500);
    }
    void exponentialBackoff()
    {
        QFETCH(int, retry);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        QCOMPARE(RetryPolicy(5).delayMs(retry, std::nullopt, random), expected);
    }

    void jitterSpreadsDelays()
    {
        const RetryPolicy p(3);
        QVERIFY(p.delayMs(2, std::nullopt, 0.1) < p.delayMs(2, std::nullopt, 0.9));
    }

    void serverHintWinsButIsCapped()
    {
        const RetryPolicy p(3, 500, 30000);
        QCOMPARE(p.delayMs(1, qint64(2000), 0.0), qint64(2000));
        QCOMPARE(p.delayMs(4, qint64(0), 1.0), qint64(0));
        QCOMPARE(p.delayMs(1, qint64(120000), 0.5), qint64(30000));
        QCOMPARE(RetryPolicy(3, 10, 100).delayMs(1, qint64(5000), 0.5), qint64(100));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1 = none
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("spaces") << QByteArray("  7 ") << qint64(7000);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
        QTest::newRow("http date utc") << QByteArray("Wed, 21 Oct 2015 07:29:00 UTC") << qint64(60000);
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        const auto got = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(got.value_or(-1), expected);
    }

    void duration_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2s") << u"2s"_s << qint64(2000);
        QTest::newRow("fraction") << u"0.250s"_s << qint64(250);
        QTest::newRow("big") << u"37s"_s << qint64(37000);
        QTest::newRow("ms") << u"500ms"_s << qint64(500);
        QTest::newRow("no unit") << u"2"_s << qint64(-1);
        QTest::newRow("garbage") << u"xs"_s << qint64(-1);
    }
    void duration()
    {
        QFETCH(QString, value);
        QFETCH(qint64, expected);
        QCOMPARE(RetryPolicy::parseDuration(value).value_or(-1), expected);
    }

    void serverHintPrecedence_data()
    {
        QTest::addColumn<QByteArray>("retryAfterMs");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("expected");
        const QByteArray gemini = R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED","details":[
            {"@type":"type.googleapis.com/google.rpc.QuotaFailure"},
            {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"3s"}]}})";
        QTest::newRow("retry-after-ms first") << QByteArray("120") << QByteArray("9") << gemini << qint64(120);
        QTest::newRow("then Retry-After") << QByteArray() << QByteArray("9") << gemini << qint64(9000);
        QTest::newRow("then Gemini RetryInfo") << QByteArray() << QByteArray() << gemini << qint64(3000);
        QTest::newRow("gemini in array") << QByteArray() << QByteArray() << QByteArray("[" + gemini + "]")
                                         << qint64(3000);
        QTest::newRow("bad ms falls through") << QByteArray("x") << QByteArray("4") << QByteArray() << qint64(4000);
        QTest::newRow("nothing") << QByteArray() << QByteArray() << QByteArray(R"({"error":{"message":"x"}})")
                                 << qint64(-1);
        QTest::newRow("not json") << QByteArray() << QByteArray() << QByteArray("<html>") << qint64(-1);
    }
    void serverHintPrecedence()
    {
        QFETCH(QByteArray, retryAfterMs);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, body);
        QFETCH(qint64, expected);
        const auto got = RetryPolicy::serverHintMs(retryAfterMs, retryAfter, body, QDateTime::currentDateTimeUtc());
        QCOMPARE(got.value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
