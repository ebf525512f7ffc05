#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace sangkien {

// What kind of failure an error is, set where it starts: the CLI maps it onto its exit code and the window
// onto its words, so no code ever reads an error's message to decide what happened.
enum class ErrorKind
{
    Usage,    // the command was asked wrongly (unknown option, missing argument)
    Refused,  // the input breaks a rule; nothing was changed
    Quota,    // awards beyond a quota rule
    Conflict, // the data changed meanwhile, or the thing already exists
    NotFound, // a file, entry or record that does not exist
    Locked,   // another program writes to the campaign
    ReadOnly, // the file or its folder cannot be written (permissions, read-only medium)
    DiskFull, // the disk is full or the file cannot grow
    Damaged,  // the file's content cannot be read as what it should be
    Storage,  // any other failure of the file system or SQLite
};

// An error a user can cause: what went wrong, where (a file, a row, an entry code), and its kind.
struct Error
{
    QString message;
    QString place;
    ErrorKind kind = ErrorKind::Refused;

    // The message with its place, as shown to users.
    QString text() const { return place.isEmpty() ? message : place + QStringLiteral(": ") + message; }
    // The same error reported at another place (a row's error as the file's).
    Error at(const QString& newPlace) const { return Error{message, newPlace, kind}; }
    bool operator==(const Error&) const = default;
};
// A value or the error that prevented it; errors users can cause travel as values, not exceptions.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that yield nothing but may fail.
template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace sangkien
