#include "hard_links.h"

#include "file_identity.h"

namespace sangkien {

Status HardLinks::checkSingleName(const QString& path)
{
    const FileIdentity id = FileIdentity::of(path);
    if (id.valid && id.links > 1)
        return Error{tr("The campaign file has %1 names (hard links). SQLite keeps a journal for each name, "
                        "so a change made through one name could be lost through the other: the file is "
                        "only opened read-only. Make a copy (sangkien-cli backup) and work on the copy.")
                         .arg(id.links),
                     path, ErrorKind::ReadOnly};
    return {};
}

} // namespace sangkien
