#pragma once

#include <QByteArray>
#include <QStringView>

namespace sangkien::cli {

// Compact JSON written straight into one byte buffer, for outputs of thousands of objects (`list`), with
// exactly the bytes QJsonDocument::toJson(Compact) gives for the same values: the same escapes, UTF-8,
// numbers in their shortest form. The caller writes an object's keys in QJsonObject's (sorted) order.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(QStringView name);
    void key(const char* latin1Name);
    void value(QStringView text);
    void value(double number);
    void null();

    QByteArray& bytes() { return m_out; }

private:
    void open(char c);
    void close(char c);
    void separate();
    void string(QStringView text);
    // size more bytes at the end of the buffer, to be written through the pointer returned.
    char* room(qsizetype size);

    QByteArray m_out;
    bool m_first = true;     // no value yet in the current object or array
    bool m_afterKey = false; // a key was just written: its value follows without a comma
};

} // namespace sangkien::cli
