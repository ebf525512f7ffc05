#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

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
// The same with pictures: each (path in the package, "Pictures/chart1.png"; its PNG bytes).
Status writePackage(const QString& path, const QByteArray& content, const QByteArray& styles,
                    const QByteArray& meta, const QList<std::pair<QString, QByteArray>>& pictures);

} // namespace odt

} // namespace sangkien
