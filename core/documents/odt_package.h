#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;

namespace sangkien {

// What every OpenDocument text the program writes shares: the namespaces, the metadata, the manifest
// and the zip around them, written through a temporary file renamed at the end (all or nothing).
namespace odt {

void writeNamespaces(QXmlStreamWriter& x);
// A style's <style:text-properties>: the face, its size in points, weight and slant, Vietnamese.
void writeTextProperties(QXmlStreamWriter& x, const QString& font, qreal size, bool bold, bool italic);
// meta.xml with the title and the program as generator.
QByteArray metaXml(const QString& title);
// Zips content.xml, styles.xml and meta.xml with the mimetype and the manifest, and writes path.
Status writePackage(const QString& path, const QByteArray& content, const QByteArray& styles,
                    const QByteArray& meta);

} // namespace odt

} // namespace sangkien
