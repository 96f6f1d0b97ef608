// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cultivate {

// Why an operation failed. Tests assert on the code; people read the message.
enum class ErrorCode {
    NotFound,      // the path or the record does not exist
    NotSqlite,     // the file is not an SQLite database
    EmptyFile,     // a zero-byte file
    Truncated,     // shorter than its own header says
    Corrupt,       // SQLite reports corruption
    NotAPlan,      // SQLite, but not a Cultivate plan (application_id)
    NewerSchema,   // written by a newer Cultivate
    Locked,        // another process holds the plan
    ReadOnly,      // the plan is open read-only
    AlreadyExists, // refusing to overwrite
    Io,            // the operating system refused a read or write
    Sql,           // any other database failure
    InvalidInput,  // a value breaks a rule of the domain
    Constraint,    // a database constraint refused the change
    Cancelled,     // the user stopped the work
};

struct Error {
    ErrorCode code = ErrorCode::Sql;
    QString message;
};

// A value or an Error. Small by design: check ok(), then read value() or error().
template <class T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_data(std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, so that `for (auto x : plan.list<T>().value())` never reads a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }
    ErrorCode code() const { return error().code; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    ErrorCode code() const { return m_error->code; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

// Returns the error of `expr` (any Result) from the enclosing function, which returns a Result.
#define CULTIVATE_TRY(expr)                                                                                            \
    do {                                                                                                               \
        if (auto tried_ = (expr); !tried_.ok())                                                                        \
            return tried_.error();                                                                                     \
    } while (false)

} // namespace cultivate
