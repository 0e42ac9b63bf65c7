// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <optional>
#include <utility>

/**
 * Helpers that fail the current test instead of aborting the test executable.
 *
 * A helper never aborts (a fatal message or a failed Q_ASSERT loses every later test, and CTest reports a crash)
 * and never leaves the test to dereference a null pointer. A helper that may not produce its value returns a
 * TestKit::Outcome; the test function takes the value with VSLAB_TAKE, which fails the test and returns from it when
 * there is none. A void helper that checks with QVERIFY/QCOMPARE only returns from itself on failure, so it is called
 * via VSLAB_CHECK.
 *
 * @code
 *     VSLAB_CHILD(QLabel, status, w.get(), "providerStatusLine");  // QLabel *status, or the test fails here
 *     QSignalSpy finished(w.get(), &MainWindow::runFinished);
 *     w->generate();
 *     VSLAB_WAIT_RUN(finished, 20000, r);                          // const RunResult r, or the test fails here
 *     VSLAB_TAKE(const QString text, replyText(prompt, seed));     // any Outcome<T>
 *     VSLAB_REQUIRE(generate(w.get(), prompt));                    // an Outcome whose value is not needed
 *     VSLAB_CHECK(checkChartMatches(w.get(), r.distribution));      // a void helper with QVERIFYs inside
 * @endcode
 *
 * The macros expand to several statements and QVERIFY returns from the enclosing function: use them at block
 * level inside a void function (a test function, a _data() function or a void helper), never inside a lambda.
 */
namespace TestKit {

/// Long enough for a demo or loopback run under AddressSanitizer on a busy machine; a hang still ends the test.
inline constexpr int kRunTimeoutMs = 20000;

/// A value a helper produced, or why it could not.
template <typename T> class Outcome
{
public:
    /// Implicit, so a helper can `return value;`.
    Outcome(T value)
        : m_value(std::move(value))
    {}
    static Outcome failure(QString reason)
    {
        Outcome out;
        out.m_failure = std::move(reason);
        return out;
    }

    bool ok() const { return m_value.has_value(); }
    const QString &failureMessage() const { return m_failure; }
    /// The value; only after ok() said there is one.
    T take() && { return std::move(*m_value); }

private:
    Outcome() = default;
    std::optional<T> m_value;
    QString m_failure;
};

/// Waits, with the event loop running, until `spy` holds an emission (at once when it already does).
inline bool waitForSignal(QSignalSpy &spy, int timeoutMs)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

/// "runFinished(RunResult) did not arrive within 20000 ms".
inline QString timeoutMessage(const QSignalSpy &spy, int timeoutMs)
{
    return QStringLiteral("%1 did not arrive within %2 ms").arg(QString::fromLatin1(spy.signal())).arg(timeoutMs);
}

/// Argument `argument` of the oldest emission, removed from `spy`, once one arrived within `timeoutMs`.
template <typename T> Outcome<T> takeSignal(QSignalSpy &spy, int timeoutMs, int argument = 0)
{
    if (!waitForSignal(spy, timeoutMs))
        return Outcome<T>::failure(timeoutMessage(spy, timeoutMs));
    const QList<QVariant> arguments = spy.takeFirst();
    if (argument >= arguments.size())
        return Outcome<T>::failure(
            QStringLiteral("%1 has no argument %2").arg(QString::fromLatin1(spy.signal())).arg(argument));
    return arguments.at(argument).template value<T>();
}

/// The child of `parent` of type T named `name` (any name when `name` is null); null when there is none.
template <typename T> T *findChildNamed(const QObject *parent, const char *name)
{
    if (!parent)
        return nullptr;
    return parent->findChild<T *>(name ? QString::fromLatin1(name) : QString());
}

/// "no QLabel child named "simulatedLabel" under MainWindow".
inline QString missingChildMessage(const char *type, const char *name, const QObject *parent)
{
    const QString under = parent ? QString::fromLatin1(parent->metaObject()->className()) : QStringLiteral("null");
    return name ? QStringLiteral("no %1 child named \"%2\" under %3")
                      .arg(QString::fromLatin1(type), QString::fromLatin1(name), under)
                : QStringLiteral("no %1 child under %2").arg(QString::fromLatin1(type), under);
}

} // namespace TestKit

#define VSLAB_TESTKIT_CAT2(a, b) a##b
#define VSLAB_TESTKIT_CAT(a, b) VSLAB_TESTKIT_CAT2(a, b)
#define VSLAB_TAKE_IMPL(target, outcome, tmp)                                                                          \
    auto tmp = (outcome);                                                                                              \
    QVERIFY2(tmp.ok(), qPrintable(tmp.failureMessage()));                                                              \
    target = std::move(tmp).take()

/// `VSLAB_TAKE(const QString text, helper());` declares (or, given a name, assigns) the value of a
/// TestKit::Outcome; when there is none the test fails with the helper's reason and the function returns.
#define VSLAB_TAKE(target, outcome) VSLAB_TAKE_IMPL(target, outcome, VSLAB_TESTKIT_CAT(vslabTaken_, __LINE__))

/// Fails the test, with the helper's reason, unless the TestKit::Outcome `outcome` holds a value (then dropped).
#define VSLAB_REQUIRE(outcome)                                                                                         \
    do {                                                                                                               \
        const auto vslabRequired = (outcome);                                                                          \
        QVERIFY2(vslabRequired.ok(), qPrintable(vslabRequired.failureMessage()));                                      \
    } while (false)

/// Calls a void helper that checks with QVERIFY/QCOMPARE and returns from the caller when the helper failed.
#define VSLAB_CHECK(call)                                                                                              \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

/// Declares `Type *var`, the child of `parent` named `name` (a C string); fails the test when there is none.
#define VSLAB_CHILD(Type, var, parent, name)                                                                           \
    Type *var = TestKit::findChildNamed<Type>(parent, name);                                                           \
    QVERIFY2(var, qPrintable(TestKit::missingChildMessage(#Type, name, parent)))

/// Declares `Type *var`, a child of `parent` of that type whatever its name; fails the test when there is none.
#define VSLAB_FIND(Type, var, parent) VSLAB_CHILD(Type, var, parent, nullptr)

/// Fails the test unless `spy` holds an emission or gets one within `timeoutMs`.
#define VSLAB_WAIT_SIGNAL(spy, timeoutMs)                                                                              \
    QVERIFY2(TestKit::waitForSignal(spy, timeoutMs), qPrintable(TestKit::timeoutMessage(spy, timeoutMs)))

/// Declares `const RunResult var`, the first argument of the oldest emission of `spy` (a Run::finished or
/// MainWindow::runFinished spy), taken from it; fails the test when none arrives within `timeoutMs`.
#define VSLAB_WAIT_RUN(spy, timeoutMs, var)                                                                            \
    VSLAB_TAKE(const RunResult var, TestKit::takeSignal<RunResult>(spy, timeoutMs))
