#pragma once

#include "core/common/Result.h"
#include "core/esxi/EsxcliXml.h"
#include "core/esxi/SshSession.h"

#include <QList>
#include <QObject>
#include <QQueue>
#include <functional>

namespace mpio::esxi {

// All calls to one ESXi host: up to `concurrency` esxcli calls at once (ESXi runs them side by side through
// hostd, but a host gets slow beyond a few; the lab models a per-host limit, default 2), on SSH sessions
// opened on demand with ONE login attempt each, and a queue in front of them. vmkping does not go through
// hostd: it may use kExtraPingSessions more sessions, so a host's jumbo cells run at once instead of in
// waves behind the esxcli limit (issue 9: the matrix should cost about one vmkping). Every command goes
// through EsxiCommand, so nothing outside the argument grammar reaches the host's shell.
//
// esxcli() runs with --formatter=xml and reads the result strictly; a non-zero exit is an "esxi.esxcli" error
// carrying ESXi's own text ("Error: …") and the command line.
class EsxiHostClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kExtraPingSessions = 4;

    explicit EsxiHostClient(const SshOptions& options, int concurrency = 2, QObject* parent = nullptr);
    ~EsxiHostClient() override;

    const SshOptions& options() const { return m_options; }
    // Opens the first session (host key check, login). Later sessions open when the queue needs them.
    void connectHost(std::function<void(Status)> done);
    TrustRequest trustRequest() const { return m_trust; }

    // argv with the program first ("vmkping", "-I", "vmk2", …): stdout+stderr and the exit code as they are.
    void run(const QStringList& argv, std::function<void(Result<ExecResult>)> done, int timeoutMs = -1);
    // esxcli arguments without the program: the XML value.
    void esxcli(const QStringList& args, std::function<void(Result<EsxcliValue>)> done, int timeoutMs = -1);
    // esxcli in its default text form (for the few outputs read as text: nmp device list, path list).
    void esxcliText(const QStringList& args, std::function<void(Result<QString>)> done, int timeoutMs = -1);
    void cancel();

    int commandsRun() const { return m_commands; }
    int sessionsOpened() const { return m_sessionsOpened; }

private:
    struct Job
    {
        bool ping = false; // vmkping: not counted against the esxcli concurrency
        QByteArray line;
        int timeoutMs = -1;
        std::function<void(Result<ExecResult>)> done;
    };
    struct Slot
    {
        SshSession* session = nullptr;
        bool busy = false;
        bool busyWithEsxcli = false;
        bool opening = false;
    };
    void openSession(std::function<void(Status)> done);
    void pump();
    void startOn(Slot* slot, Job job);
    bool mayStart(const Job& job) const;
    Slot* freeSlot() const;

    SshOptions m_options;
    int m_concurrency = 2;
    QList<Slot*> m_slots;
    QQueue<Job> m_queue;
    TrustRequest m_trust;
    Error m_loginError; // after a refused login no further session is opened (lockout, §8.4)
    bool m_loginFailed = false;
    int m_commands = 0;
    int m_sessionsOpened = 0;
};

} // namespace mpio::esxi
