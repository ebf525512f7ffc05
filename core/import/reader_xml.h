#pragma once

#include <QStringView>
#include <QXmlStreamAttributes>

// XML helpers of the OOXML reader: local names only, so transitional and strict namespaces both work.
namespace sangkien::reader {

inline QStringView attribute(const QXmlStreamAttributes& attributes, QStringView localName)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == localName)
            return a.value();
    }
    return {};
}

} // namespace sangkien::reader
