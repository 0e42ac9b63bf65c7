// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <utility>
#include <variant>

/// Why an operation failed: a kind to branch on and one line a person can act on.
struct Failure
{
    enum class Kind {
        BadInput,   ///< the user's input or a file is not acceptable
        NotFound,   ///< no such run, file or provider
        Busy,       ///< a run is in progress
        Io,         ///< reading or writing failed
        Unavailable ///< a service (history, keychain) is off
    };
    Kind kind = Kind::BadInput;
    QString message;
};

/**
 * A value or a Failure: the one error convention of core's fallible calls (std::expected is C++23).
 * `Result<void>` carries only success or the failure.
 */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Failure failure)
        : m_data(std::move(failure))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const & { return std::get<0>(m_data); }
    const Failure &failure() const { return std::get<1>(m_data); }
    /// The failure's message; empty on success.
    QString message() const { return ok() ? QString() : failure().message; }

private:
    std::variant<T, Failure> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_failure(std::move(failure))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Failure &failure() const { return m_failure; }
    QString message() const { return m_ok ? QString() : m_failure.message; }

private:
    Failure m_failure;
    bool m_ok = true;
};

inline Failure fail(Failure::Kind kind, QString message)
{
    return Failure{kind, std::move(message)};
}
