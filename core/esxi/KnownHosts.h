#pragma once

#include "core/common/Result.h"

#include <QString>

namespace mpio::esxi {

// The app's own SSH known-hosts store (not ~/.ssh/known_hosts: the wizard must not change the user's
// OpenSSH trust, and ESXi hosts are re-installed often). One entry per host:port with the key type and the
// SHA256 fingerprint ("SHA256:base64", as `ssh-keygen -l` and ESXi's DCUI show it), in
// AppPaths::trustDir()/ssh_known_hosts.json, read on every check and written atomically.
// A changed key is never accepted silently (reference §8.3: pin on first connect, show it to the user).
class KnownHosts
{
public:
    enum class Verdict
    {
        Trusted,
        Unknown,
        Changed
    };

    explicit KnownHosts(QString filePath = {}); // empty: AppPaths::trustDir() + "/ssh_known_hosts.json"
    QString filePath() const { return m_filePath; }

    Result<Verdict> check(const QString& host, int port, const QString& fingerprint) const;
    Result<QString> fingerprint(const QString& host, int port) const; // empty: not known
    Status trust(const QString& host, int port, const QString& keyType, const QString& fingerprint);
    Status forget(const QString& host, int port);

private:
    QString m_filePath;
};

} // namespace mpio::esxi
