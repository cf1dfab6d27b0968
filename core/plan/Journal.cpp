#include "core/plan/Journal.h"

#include "core/common/AppPaths.h"
#include "core/log/Redactor.h"
#include "core/plan/PlanJson.h"
#include "core/platform/FileSync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mpio {

namespace {

// Free functions in this file: lupdate files their tr() under the namespace (mpio); members use their
// class's Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio", text);
}

Error ioError(const QFile& file, const QString& what)
{
    return Error::make(QStringLiteral("journal.io"),
                       tr("Cannot write the journal %1: %2.").arg(file.fileName(), what), file.errorString());
}

} // namespace

QString Journal::fileNameFor(const QString& site, const QDateTime& utc)
{
    // Only [A-Za-z0-9._-], no "..", no leading dot or dash: a site name never climbs out of the folder.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+|\\.{2,}"));
    static const QRegularExpression runs(QStringLiteral("_{2,}"));
    static const QRegularExpression edges(QStringLiteral("^[._-]+|[._-]+$"));
    QString name = site;
    name.replace(unsafe, QStringLiteral("_")).replace(runs, QStringLiteral("_")).remove(edges);
    if (name.isEmpty())
        name = QStringLiteral("site");
    return name + u'-' + utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
           QStringLiteral(".jsonl");
}

Result<std::unique_ptr<Journal>> Journal::create(const Plan& plan, const QString& dir)
{
    const QString folder = AppPaths::ensure(dir.isEmpty() ? AppPaths::journalDir() : dir);
    std::unique_ptr<Journal> j(new Journal);
    const QString base = fileNameFor(plan.siteName, QDateTime::currentDateTimeUtc());
    // Two applies within one second get "-2", "-3", … (bounded; NewOnly never overwrites a journal).
    for (int n = 1; n <= 100; ++n) {
        QString name = base;
        if (n > 1)
            name.insert(name.size() - 6, QStringLiteral("-%1").arg(n));
        j->m_file.setFileName(QDir(folder).filePath(name));
        if (j->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly, AppPaths::privateFile()))
            break;
    }
    if (!j->m_file.isOpen())
        return Error::make(QStringLiteral("journal.io"), tr("Cannot create a journal in %1.").arg(folder),
                           j->m_file.errorString());
    if (Status s = j->lock(); !s)
        return s.error();
    (void)FileSync::syncDirectory(folder); // best effort: the entry itself; the lines are synced one by one
    Status s = j->write(QStringLiteral("header"),
                        QJsonObject{{QStringLiteral("schema"), QLatin1String(kSchema)},
                                    {QStringLiteral("site"), plan.siteName},
                                    {QStringLiteral("profileHash"), plan.profileHash},
                                    {QStringLiteral("planHash"), PlanJson::hash(plan)},
                                    {QStringLiteral("toolVersion"), QLatin1String(MPIO_VERSION)},
                                    {QStringLiteral("plan"), PlanJson::toJson(plan)}});
    for (const Operation& op : plan.operations) {
        if (!s)
            break;
        s = j->write(QStringLiteral("planned"), QJsonObject{{QStringLiteral("op"), op.id}});
    }
    if (!s)
        return s.error();
    return j;
}

Status Journal::lock()
{
    m_lock = std::make_unique<QLockFile>(m_file.fileName() + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age (applies can be long)
    if (!m_lock->tryLock(0))
        return Error::make(
            QStringLiteral("journal.busy"),
            tr("The journal %1 is in use by another run (the wizard or mpioctl); finish or close "
               "that one first.")
                .arg(m_file.fileName()));
    return {};
}

Result<std::unique_ptr<Journal>> Journal::reopen(const QString& path, qint64 validBytes, int lastSeq)
{
    std::unique_ptr<Journal> j(new Journal);
    j->m_file.setFileName(path);
    if (Status s = j->lock(); !s)
        return s.error();
    if (!j->m_file.open(QIODevice::ReadWrite))
        return Error::make(QStringLiteral("journal.io"), tr("Cannot open the journal %1.").arg(path),
                           j->m_file.errorString());
    if (j->m_file.size() > validBytes && !j->m_file.resize(validBytes))
        return ioError(j->m_file, tr("cannot cut off the torn last line"));
    // A complete last line may lack its newline only if the crash hit between the two; add it.
    if (validBytes > 0) {
        j->m_file.seek(validBytes - 1);
        char last = 0;
        if (j->m_file.getChar(&last) && last != '\n') {
            j->m_file.seek(validBytes);
            j->m_file.write("\n", 1);
        }
    }
    j->m_file.seek(j->m_file.size());
    j->m_seq = lastSeq;
    if (Status s = FileSync::sync(j->m_file); !s)
        return s.error();
    return j;
}

Status Journal::write(const QString& event, QJsonObject fields)
{
    fields.insert(QStringLiteral("seq"), m_seq + 1);
    fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("event"), event);
    // Defence in depth: actions are already sanitized, but facts come from the systems and might echo a
    // secret.
    const std::string line =
        Redactor::redact(QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString()) + '\n';
    if (m_file.write(line.data(), qint64(line.size())) != qint64(line.size()))
        return ioError(m_file, tr("short write"));
    if (Status s = FileSync::sync(m_file); !s)
        return s;
    ++m_seq;
    return {};
}

Status Journal::started(const QString& op, StepPhase phase, int attempt)
{
    return write(QStringLiteral("started"), QJsonObject{{QStringLiteral("op"), op},
                                                        {QStringLiteral("phase"), toString(phase)},
                                                        {QStringLiteral("attempt"), attempt}});
}

Status Journal::succeeded(const QString& op, StepPhase phase, const QJsonObject& facts,
                          const QJsonObject& undo)
{
    QJsonObject o{{QStringLiteral("op"), op},
                  {QStringLiteral("phase"), toString(phase)},
                  {QStringLiteral("facts"), facts}};
    // Executors report what they saw before and after the change under these keys (a convention); they are
    // lifted out so a person reading the journal sees them first.
    if (facts.contains(QStringLiteral("before")))
        o.insert(QStringLiteral("before"), facts.value(QStringLiteral("before")));
    if (facts.contains(QStringLiteral("after")))
        o.insert(QStringLiteral("after"), facts.value(QStringLiteral("after")));
    if (!undo.isEmpty())
        o.insert(QStringLiteral("undo"), undo);
    return write(QStringLiteral("succeeded"), o);
}

Status Journal::failed(const QString& op, StepPhase phase, const Error& error, bool outcomeUnknown)
{
    QJsonObject fields{{QStringLiteral("op"), op},
                       {QStringLiteral("phase"), toString(phase)},
                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                             {QStringLiteral("message"), error.message},
                                                             {QStringLiteral("detail"), error.detail}}}};
    if (outcomeUnknown)
        fields.insert(QStringLiteral("outcomeUnknown"), true);
    return write(QStringLiteral("failed"), fields);
}

} // namespace mpio
