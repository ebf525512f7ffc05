#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace sangkien {

// An error a user can cause: what went wrong, and where (a file, a row, an entry code).
struct Error
{
    QString message;
    QString place;

    // The message with its place, as shown to users.
    QString text() const { return place.isEmpty() ? message : place + QStringLiteral(": ") + message; }
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
