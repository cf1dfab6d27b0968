#include "core/esxi/EsxiHostClient.h"

#include "core/esxi/EsxiCommand.h"
#include "core/log/Log.h"

namespace mpio::esxi {

EsxiHostClient::EsxiHostClient(const SshOptions& options, int concurrency, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_concurrency(qBound(1, concurrency, 8))
{}

EsxiHostClient::~EsxiHostClient()
{
    cancel();
    qDeleteAll(m_slots);
}

void EsxiHostClient::connectHost(std::function<void(Status)> done)
{
    if (!m_slots.isEmpty() && m_slots.first()->session->isOpen())
        return QMetaObject::invokeMethod(
                   this, [done] { done(Status()); }, Qt::QueuedConnection),
               void();
    openSession(std::move(done));
}

void EsxiHostClient::openSession(std::function<void(Status)> done)
{
    auto* slot = new Slot;
    slot->session = new SshSession(this);
    slot->opening = true;
    m_slots.append(slot);
    ++m_sessionsOpened;
    slot->session->open(m_options, [this, slot, done](Status s) {
        slot->opening = false;
        m_trust = slot->session->trustRequest();
        if (!s.ok() && s.error().code == QLatin1String("ssh.auth")) {
            m_loginFailed = true;
            m_loginError = s.error();
        }
        if (!s.ok()) {
            m_slots.removeOne(slot);
            slot->session->deleteLater();
            delete slot;
        }
        done(s);
        pump();
    });
}

void EsxiHostClient::run(const QStringList& argv, std::function<void(Result<ExecResult>)> done, int timeoutMs)
{
    const auto line = EsxiCommand::shellLine(argv);
    if (!line)
        return QMetaObject::invokeMethod(
                   this, [done, e = line.error()] { done(e); }, Qt::QueuedConnection),
               void();
    m_queue.enqueue(
        Job{argv.value(0) == QLatin1String("vmkping"), line->toUtf8(), timeoutMs, std::move(done)});
    pump();
}

void EsxiHostClient::esxcli(const QStringList& args, std::function<void(Result<EsxcliValue>)> done,
                            int timeoutMs)
{
    const QStringList argv = QStringList{QStringLiteral("esxcli"), QStringLiteral("--formatter=xml")} + args;
    run(
        argv,
        [argv, done](Result<ExecResult> r) {
            if (!r)
                return done(r.error());
            if (r->exitCode != 0)
                return done(
                    Error::make(QStringLiteral("esxi.esxcli"), r->combined().trimmed(), argv.join(u' ')));
            done(EsxcliXml::parse(r->out));
        },
        timeoutMs);
}

void EsxiHostClient::esxcliText(const QStringList& args, std::function<void(Result<QString>)> done,
                                int timeoutMs)
{
    const QStringList argv = QStringList{QStringLiteral("esxcli")} + args;
    run(
        argv,
        [argv, done](Result<ExecResult> r) {
            if (!r)
                return done(r.error());
            if (r->exitCode != 0)
                return done(
                    Error::make(QStringLiteral("esxi.esxcli"), r->combined().trimmed(), argv.join(u' ')));
            done(QString::fromUtf8(r->out));
        },
        timeoutMs);
}

void EsxiHostClient::cancel()
{
    const Error cancelled = Error::make(QStringLiteral("cancelled"), tr("Cancelled."));
    while (!m_queue.isEmpty()) {
        Job j = m_queue.dequeue();
        QMetaObject::invokeMethod(
            this, [d = j.done, cancelled] { d(cancelled); }, Qt::QueuedConnection);
    }
    for (Slot* s : std::as_const(m_slots))
        s->session->cancel();
}

bool EsxiHostClient::mayStart(const Job& job) const
{
    if (job.ping)
        return true;
    int esxcliBusy = 0;
    for (const Slot* s : m_slots)
        esxcliBusy += s->busyWithEsxcli ? 1 : 0;
    return esxcliBusy < m_concurrency;
}

EsxiHostClient::Slot* EsxiHostClient::freeSlot() const
{
    for (Slot* s : m_slots)
        if (!s->busy && !s->opening && s->session->isOpen())
            return s;
    return nullptr;
}

void EsxiHostClient::pump()
{
    if (m_loginFailed) {
        while (!m_queue.isEmpty())
            m_queue.dequeue().done(m_loginError);
        return;
    }
    // In queue order, except that a vmkping does not wait behind esxcli calls held by the esxcli limit.
    for (qsizetype i = 0; i < m_queue.size();) {
        if (!mayStart(m_queue.at(i))) {
            ++i;
            continue;
        }
        Slot* free = freeSlot();
        if (!free)
            break;
        startOn(free, m_queue.takeAt(i));
    }
    // Drop sessions that died (a dropped connection).
    bool anyOpening = false;
    for (qsizetype i = m_slots.size() - 1; i >= 0; --i) {
        Slot* s = m_slots[i];
        anyOpening = anyOpening || s->opening;
        if (!s->busy && !s->opening && !s->session->isOpen()) {
            m_slots.removeAt(i);
            s->session->deleteLater();
            delete s;
        }
    }
    // Open another session when a waiting job could start on it, one at a time, under the limit.
    bool startable = false;
    for (const Job& j : std::as_const(m_queue))
        startable = startable || mayStart(j);
    const int limit = m_concurrency + kExtraPingSessions;
    if (startable && !freeSlot() && m_slots.size() < limit && !anyOpening) {
        openSession([this](Status s) {
            if (!s.ok()) {
                // Every waiting job learns why (no silent hang): the login or connect failure.
                while (!m_queue.isEmpty())
                    m_queue.dequeue().done(s.error());
            }
        });
    }
}

void EsxiHostClient::startOn(Slot* slot, Job job)
{
    slot->busy = true;
    slot->busyWithEsxcli = !job.ping;
    ++m_commands;
    Log::get("esxi")->debug("{}: {}", m_options.host, QString::fromUtf8(job.line));
    slot->session->exec(
        job.line,
        [this, slot, done = job.done](Result<ExecResult> r) {
            slot->busy = false;
            slot->busyWithEsxcli = false;
            done(r);
            pump();
        },
        job.timeoutMs);
}

} // namespace mpio::esxi
