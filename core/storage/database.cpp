#include "database.h"

#include "audit_log.h"
#include "campaign_lock.h"
#include "check_rewrite.h"
#include "common/file_error.h"
#include "entry_search_keys.h"
#include "hard_links.h"
#include "sqlite_error.h"
#include "sqlite_statement.h"
#include "trail_coverage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrl>
#include <atomic>
#include <cerrno>
#include <sqlite3.h>

namespace sangkien {
namespace {

// The migration that anchors the trail and makes it cover scores, awards and votes.
constexpr int kTrailCoverageMigration = 12;
// The migration after which an entry's search key is its fields folded apart (a field key).
constexpr int kFieldSearchKeyMigration = 18;
// The migration after which entry.status and nominee.gender are checked without an IN list.
constexpr int kCheckWithoutInListMigration = 19;

struct Migration
{
    int number = 0;
    QString resource;
};

// Migrations are resources named "NNNN_what.sql"; their number is the schema version they lead to.
QList<Migration> migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> list;
        const QRegularExpression pattern(QStringLiteral("^(\\d+)_.*\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(name);
            if (match.hasMatch())
                list.append({match.captured(1).toInt(), dir.filePath(name)});
        }
        std::sort(list.begin(), list.end(), [](auto& a, auto& b) { return a.number < b.number; });
        return list;
    }();
    return all;
}

// SQLite counts every allocation under a global lock for sqlite3_memory_used(), which the program never
// asks: 2 % of an import's instructions. The setting must come before SQLite's first use in the process;
// once SQLite is running it is refused (SQLITE_MISUSE) and changes nothing.
void leaveMemoryUnmeasured()
{
    static const bool once = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(once);
}

QString nextConnectionName()
{
    leaveMemoryUnmeasured();
    static std::atomic<int> counter{0};
    return QStringLiteral("sangkien-%1").arg(++counter);
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    return sqliteHandle(db);
}

// SQLite's reason, with what it means to the user when the disk, the medium or another program refused
// the write. For a file that cannot be opened or written, the file system's reason for path is named.
QString refusal(const QString& why, ErrorKind kind, const QString& path, int systemErrno)
{
    // The file system's own reason for the file, when it explains the failure: a read-only medium, no
    // permission, a name too long for its companion files.
    int obstacle = FileError::kindOf(systemErrno) == kind ? systemErrno : 0;
    if (obstacle == 0 && kind == ErrorKind::ReadOnly && !path.isEmpty())
        obstacle = FileError::writeObstacle(path);
    if (obstacle != 0 && kind == FileError::kindOf(obstacle))
        return Database::tr("The campaign file could not be written: %1 (%2). Nothing was saved.")
            .arg(FileError::causeOf(obstacle), why);
    switch (kind) {
    case ErrorKind::DiskFull:
        return Database::tr(
                   "The campaign file could not be written: the disk is full or the file cannot grow "
                   "(%1). Nothing was saved.")
            .arg(why);
    case ErrorKind::ReadOnly:
        return Database::tr("The campaign file could not be written: the file or its folder is read-only "
                            "(%1). Nothing was saved.")
            .arg(why);
    case ErrorKind::Locked:
        return Database::tr("Another program is using the campaign file (%1). Try again later.").arg(why);
    case ErrorKind::Damaged:
        return Database::tr("The campaign file is damaged (%1).").arg(why);
    default:
        break;
    }
    return Database::tr("The campaign file refused a change: %1").arg(why);
}

// SQLite cannot open a companion file (-shm, -journal) and reports the errno of its last attempt, which may
// be a later fallback's (ENOENT): for an existing campaign the file system's reason for the file decides.
void refineByFileSystem(int extendedCode, const QString& path, ErrorKind& kind, int& systemErrno)
{
    if ((extendedCode & 0xff) != SQLITE_CANTOPEN || !QFileInfo::exists(path))
        return;
    if (kind != ErrorKind::NotFound && kind != ErrorKind::Storage)
        return;
    if (const int obstacle = FileError::writeObstacle(path); obstacle != 0) {
        kind = FileError::kindOf(obstacle);
        systemErrno = obstacle;
    }
}

// A connection that could not be opened: SQLite's reason, and the file system's when SQLite has none.
Error openFailure(const QString& what, const QSqlError& why, const QString& path)
{
    ErrorKind kind = sqliteErrorKind(nullptr, why);
    if (kind == ErrorKind::Storage) {
        if (const int obstacle = FileError::writeObstacle(path); obstacle != 0)
            return Error{Database::tr("%1: %2 (%3).").arg(what, FileError::causeOf(obstacle), why.text()),
                         path, FileError::kindOf(obstacle)};
    }
    return Error{Database::tr("%1: %2").arg(what, why.text()), path, kind};
}

// SQLite writes a WAL file's -shm beside it even to read it. In a folder that may not be written (a
// read-only medium, another user's folder) a file with no -wal pending is read as immutable instead: no
// companion file, no lock; nothing can change it there anyway.
bool readAsImmutable(const QString& path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return false;
    const int obstacle = FileError::writeObstacle(path);
    return obstacle != 0 && FileError::kindOf(obstacle) == ErrorKind::ReadOnly;
}

QString immutableOption(const QString& path)
{
    return readAsImmutable(path) ? QStringLiteral(";QSQLITE_OPEN_URI") : QString();
}

void setReadOnlySource(QSqlDatabase& db, const QString& path)
{
    if (readAsImmutable(path))
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
    else
        db.setDatabaseName(path);
}

// What a read-only look at a file found, before anything is allowed to write to it.
struct Probe
{
    bool isSqlite = false;
    int applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;
};

quint32 bigEndian32(const QByteArray& bytes, int at)
{
    return (quint32(uchar(bytes[at])) << 24) | (quint32(uchar(bytes[at + 1])) << 16) |
           (quint32(uchar(bytes[at + 2])) << 8) | quint32(uchar(bytes[at + 3]));
}

// What the 100-byte header says of the file's shape, checked against the file: a SQLite file is whole
// pages of a power-of-two size, at least as many as the header counts. Only trusted when no -wal is
// pending (a checkpoint in progress grows the file after its header).
bool shapeIsSound(const QByteArray& header, qint64 fileSize)
{
    const int field = (uchar(header[16]) << 8) | uchar(header[17]);
    const qint64 pageSize = field == 1 ? 65536 : field;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0 || fileSize % pageSize != 0)
        return false;
    // The page count is valid when "version-valid-for" matches the change counter.
    const quint32 pages = bigEndian32(header, 28);
    if (bigEndian32(header, 92) == bigEndian32(header, 24) && pages > 0 &&
        fileSize < qint64(pages) * pageSize)
        return false;
    return true;
}

Result<Probe> probe(const QString& path)
{
    // SQLite's own header check: anything else is not a campaign file, whatever its name.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const int why = errno;
        return FileError::make(Database::tr("The file cannot be read: %1"), path, why, &file);
    }
    const QByteArray header = file.read(100);
    file.close();
    Probe result;
    if (header.isEmpty())
        return result; // an empty file holds nothing, so it is no campaign
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")) || header.size() < 100)
        return result;
    result.isSqlite = true;
    const QString damaged = Database::tr("The file is damaged and cannot be read as a campaign.");

    // A -wal with content while no live program holds the campaign was left by a crash, or copied in from
    // elsewhere (SQLite cannot tell a foreign -wal: it would lay another file's pages over this one). It
    // is checked in full before anything is read through it; a live writer's own -wal is not.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    bool checkAll = false;
    if (!walPending) {
        if (!shapeIsSound(header, QFileInfo(path).size()))
            return Error{damaged, path, ErrorKind::Damaged};
    } else {
        // Our own lock counts as none: a writer opening the file after a crash took the stale lock over.
        const auto holder = CampaignLock::holder(path);
        checkAll = !holder || CampaignLock::isStale(*holder) ||
                   (holder->pid == QCoreApplication::applicationPid() &&
                    holder->host == QSysInfo::machineHostName());
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        setReadOnlySource(db, path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY") + immutableOption(path));
        if (!db.open()) {
            const QSqlError why = db.lastError();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return Error{Database::tr("The file cannot be opened: %1").arg(why.text()), path,
                         sqliteErrorKind(nullptr, why)};
        }
        QSqlQuery q(db);
        bool readable = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
        result.applicationId = readable ? q.value(0).toInt() : 0;
        readable = readable && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
        result.userVersion = readable ? q.value(0).toInt() : 0;
        readable = readable && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
        result.tableCount = readable ? q.value(0).toInt() : 0;
        // quick_check(1): the first problem is enough to refuse the file.
        if (readable && checkAll && result.applicationId == Database::kApplicationId) {
            readable = q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next() &&
                       q.value(0).toString() == QLatin1String("ok");
        }
        // Only SQLite's own verdict calls the file damaged: a folder that cannot be written (no room for
        // the -shm of a WAL file) or a busy writer is reported as what it is.
        ErrorKind kind = ErrorKind::Damaged;
        QString message = damaged;
        if (!readable && q.lastError().isValid()) {
            kind = sqliteErrorKind(handleOf(db), q.lastError());
            const int obstacle = FileError::writeObstacle(path);
            if (kind != ErrorKind::Damaged)
                message =
                    obstacle != 0 && FileError::kindOf(obstacle) == kind
                        ? Database::tr("The campaign file cannot be opened: %1; SQLite writes its companion "
                                       "files (-shm, -wal) beside it even to read it (%2).")
                              .arg(FileError::causeOf(obstacle), q.lastError().text())
                        : Database::tr("The file cannot be opened: %1").arg(q.lastError().text());
        }
        q.finish();
        db.close();
        if (!readable) {
            db = {};
            q = QSqlQuery();
            QSqlDatabase::removeDatabase(name);
            return Error{message, path, kind};
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Error sqlError(const QSqlQuery& query, const QString& place)
{
    sqlite3* handle = nullptr;
    if (const QSqlDriver* driver = query.driver()) {
        const QVariant v = driver->handle();
        if (qstrcmp(v.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3* const*>(v.data());
    }
    ErrorKind kind = sqliteErrorKind(handle, query.lastError());
    const char* file = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    int systemErrno = handle ? sqlite3_system_errno(handle) : 0;
    if (handle && file)
        refineByFileSystem(sqlite3_extended_errcode(handle), QString::fromUtf8(file), kind, systemErrno);
    return Error{
        refusal(query.lastError().text(), kind, file ? QString::fromUtf8(file) : QString(), systemErrno),
        place, kind};
}

Database::Database(QString path, Mode mode, QString connectionName)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    for (SqliteStatement* statement : std::vector<SqliteStatement*>(m_statements))
        statement->release();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::adopt(SqliteStatement* statement)
{
    m_statements.push_back(statement);
}

void Database::forget(SqliteStatement* statement)
{
    std::erase(m_statements, statement);
}

int Database::currentSchemaVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().number;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("The campaign file does not exist."), path, ErrorKind::NotFound};
    if (!info.isFile())
        return Error{tr("This is a folder, not a campaign file."), path, ErrorKind::NotFound};

    if (mode == Mode::ReadWrite) {
        if (auto single = HardLinks::checkSingleName(path); !single)
            return single.error();
    }
    auto probed = probe(path);
    if (!probed)
        return probed.error();
    if (!probed->isSqlite || (probed->applicationId != kApplicationId))
        return Error{tr("This is not a Sáng kiến campaign file."), path, ErrorKind::Damaged};
    if (probed->userVersion > currentSchemaVersion())
        return Error{tr("The campaign file was made by a newer version of Sáng kiến (schema %1; this version "
                        "reads up to %2). Please update the program.")
                         .arg(probed->userVersion)
                         .arg(currentSchemaVersion()),
                     path, ErrorKind::Damaged}; // not readable as a campaign by this version
    if (mode == Mode::ReadOnly && probed->userVersion < currentSchemaVersion())
        return Error{
            tr("The campaign file is from an older version and must be opened for writing once to be "
               "brought up to date."),
            path, ErrorKind::ReadOnly};

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (mode == Mode::ReadOnly) {
            setReadOnlySource(db, path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000") +
                                 immutableOption(path));
        } else {
            db.setDatabaseName(path);
        }
        if (mode == Mode::ReadWrite)
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QSqlError why = db.lastError();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return openFailure(tr("The campaign file cannot be opened"), why, path);
        }
    }
    std::unique_ptr<Database> database(new Database(path, mode, name));
    if (auto configured = database->configure(); !configured)
        return configured.error();
    // SQLite opens a file it may not write read-only, silently: opened for writing, that is refused here,
    // naming the cause, rather than at the first change.
    if (mode == Mode::ReadWrite && sqlite3_db_readonly(handleOf(database->connection()), "main") == 1) {
        const int why = FileError::writeObstacle(path);
        return Error{tr("The campaign file cannot be written: %1.")
                         .arg(FileError::causeOf(
                             why != 0 && FileError::kindOf(why) == ErrorKind::ReadOnly ? why : EACCES)),
                     path, ErrorKind::ReadOnly};
    }
    if (mode == Mode::ReadWrite) {
        if (auto migrated = database->migrate(); !migrated)
            return migrated.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    if (QFileInfo::exists(path))
        return Error{tr("The file already exists; a new campaign never overwrites a file."), path,
                     ErrorKind::Conflict};
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder does not exist."), info.absolutePath(), ErrorKind::NotFound};

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QSqlError why = db.lastError();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return openFailure(tr("The campaign file cannot be created"), why, path);
        }
    }
    std::unique_ptr<Database> database(new Database(path, Mode::ReadWrite, name));
    auto created = [&]() -> Status {
        if (auto s = database->execScript(
                QStringLiteral("PRAGMA application_id = %1;").arg(kApplicationId)); // sql-hygiene: reviewed
            !s)
            return s;
        if (auto s = database->configure(); !s)
            return s;
        return database->migrate();
    }();
    if (!created) {
        database.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return created.error();
    }
    return database;
}

Status Database::configure()
{
    QString pragmas = QStringLiteral("PRAGMA foreign_keys = ON;");
    if (m_mode == Mode::ReadWrite)
        pragmas += QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    // A reader (the folder's other years, the CLI's reports) maps the file instead of a read() per page:
    // a campaign already in the system's cache is then read at memory speed. Nothing shrinks a campaign
    // file in place (backups are copies, a restore renames a new file in), so the mapping stays valid.
    if (m_mode == Mode::ReadOnly)
        pragmas += QStringLiteral("PRAGMA mmap_size = 268435456;");
    return execScript(pragmas);
}

Status Database::migrate()
{
    const int from = schemaVersion();
    for (const Migration& migration : migrations()) {
        if (migration.number <= from)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Migration %1 is missing from the program.").arg(migration.number), m_path,
                         ErrorKind::Storage};
        const QString sql = QString::fromUtf8(file.readAll());
        // Each migration and its version number commit together, so a crash leaves a whole version.
        auto applied = transaction([&]() -> Status {
            if (auto s = execScript(sql); !s)
                return Error{tr("Migration %1 failed: %2").arg(migration.number).arg(s.error().message),
                             m_path, s.error().kind};
            // Files older than the trail's coverage of scores, awards and votes get a baseline row for
            // what they hold, so the check compares later changes against it.
            if (migration.number == kTrailCoverageMigration)
                if (auto s = TrailCoverage(*this).recordBaseline(AuditLog::currentUser()); !s)
                    return s;
            if (migration.number == kFieldSearchKeyMigration)
                if (auto s = refreshEntrySearchKeys(*this); !s)
                    return s;
            if (migration.number == kCheckWithoutInListMigration) {
                for (const auto& [table, column] :
                     {std::pair{"entry", "status"}, std::pair{"nominee", "gender"}})
                    if (auto s = rewriteInListCheck(*this, QLatin1String(table), QLatin1String(column)); !s)
                        return s;
            }
            return execScript(
                QStringLiteral("PRAGMA user_version = %1;").arg(migration.number)); // sql-hygiene: reviewed
        });
        if (!applied)
            return applied;
    }
    return {};
}

bool Database::inTransaction() const
{
    sqlite3* handle = handleOf(connection());
    return handle && sqlite3_get_autocommit(handle) == 0;
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (inTransaction()) {
        if (auto begun = execScript(QStringLiteral("SAVEPOINT nested;")); !begun)
            return begun;
        Status result = work();
        if (result)
            return execScript(QStringLiteral("RELEASE nested;"));
        execScript(QStringLiteral("ROLLBACK TO nested; RELEASE nested;"));
        return result;
    }
    if (auto begun = execScript(QStringLiteral("BEGIN IMMEDIATE;")); !begun)
        return begun;
    Status result = work();
    if (result) {
        result = execScript(QStringLiteral("COMMIT;"));
        if (result)
            return result;
    }
    execScript(QStringLiteral("ROLLBACK;"));
    return result;
}

Status Database::execScript(const QString& sql)
{
    sqlite3* handle = handleOf(connection());
    if (!handle)
        return Error{tr("The campaign file is not open."), m_path, ErrorKind::Storage};
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        int systemErrno = sqlite3_system_errno(handle);
        ErrorKind kind = sqliteErrorKind(sqlite3_extended_errcode(handle), systemErrno);
        refineByFileSystem(sqlite3_extended_errcode(handle), m_path, kind, systemErrno);
        return Error{refusal(why, kind, m_path, systemErrno), m_path, kind};
    }
    return {};
}

} // namespace sangkien
