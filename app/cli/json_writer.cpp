#include "json_writer.h"

#include <QLocale>
#include <charconv>
#include <cmath>
#include <cstring>

namespace sangkien::cli {
namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (!m_first)
        m_out += ',';
    m_first = false;
}

void JsonWriter::open(char c)
{
    separate();
    m_out += c;
    m_first = true;
}

void JsonWriter::close(char c)
{
    m_out += c;
    m_first = false;
}

void JsonWriter::key(QStringView name)
{
    separate();
    string(name);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::key(const char* latin1Name)
{
    separate();
    // Plain ASCII keys: nothing to escape. One write, as the strings: a list writes 17 keys an entry.
    const auto size = qsizetype(std::strlen(latin1Name));
    char* out = room(size + 3);
    *out++ = '"';
    std::memcpy(out, latin1Name, std::size_t(size));
    out += size;
    *out++ = '"';
    *out = ':';
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    string(text);
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    // Qt writes integral values as integers and others in their shortest round-trip form.
    if (number == std::trunc(number) && std::abs(number) < 9007199254740992.0) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, qint64(number)).ptr;
        std::memcpy(room(end - digits), digits, std::size_t(end - digits));
    } else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

char* JsonWriter::room(qsizetype size)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + size);
    return m_out.data() + at;
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

// QJsonDocument's escapes: \" \\ \b \f \n \r \t, other control characters as \u00XX, everything else as
// UTF-8; a lone surrogate (not valid UTF-16) as \uXXXX. Written through a pointer into room made once per
// string (six bytes a UTF-16 unit at most), then cut to what was written: a list of thousands of entries
// is mostly strings.
void JsonWriter::string(QStringView text)
{
    char* out = room(text.size() * 6 + 2);
    const auto escapeUnit = [&out](char16_t u) {
        *out++ = '\\';
        *out++ = 'u';
        *out++ = hexDigit((u >> 12) & 0xf);
        *out++ = hexDigit((u >> 8) & 0xf);
        *out++ = hexDigit((u >> 4) & 0xf);
        *out++ = hexDigit(u & 0xf);
    };
    *out++ = '"';
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            switch (u) {
            case '"':
            case '\\':
                *out++ = '\\';
                *out++ = char(u);
                break;
            case 0x8:
                *out++ = '\\';
                *out++ = 'b';
                break;
            case 0xc:
                *out++ = '\\';
                *out++ = 'f';
                break;
            case 0xa:
                *out++ = '\\';
                *out++ = 'n';
                break;
            case 0xd:
                *out++ = '\\';
                *out++ = 'r';
                break;
            case 0x9:
                *out++ = '\\';
                *out++ = 't';
                break;
            default:
                escapeUnit(u);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && p != end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            escapeUnit(u);
        }
    }
    *out++ = '"';
    m_out.truncate(out - m_out.constData());
}

} // namespace sangkien::cli
