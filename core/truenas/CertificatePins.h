#pragma once

#include "core/common/Result.h"
#include "core/common/TrustRequest.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

namespace mpio {

// Trust-on-first-use store for TLS server certificates, per host:port, in AppPaths::trustDir()/tls_pins.json.
//
// Why pinning and not CA validation: TrueNAS ships a self-signed `truenas_default` certificate with
// CN/SAN=localhost (truenas-api.md §7), so hostname verification against an IP always fails. The first
// contact asks the user (TrustRequest, answered by ui/cli); afterwards only that exact certificate is
// accepted. A changed certificate is refused hard and names both fingerprints: TrueNAS re-generates the
// default certificate about once a year (§7), so the user must confirm the new one explicitly (`unpin` + pin
// again).
//
// The file is read on every check (another mpioctl process may have pinned meanwhile) and written atomically.
// A corrupt file is an error, never silently replaced: it holds the user's trust decisions.
class CertificatePins
{
    Q_DECLARE_TR_FUNCTIONS(mpio::CertificatePins) // the context lupdate gives tr() in its members
public:
    enum class Verdict
    {
        Trusted, // the pinned fingerprint matches
        Unknown, // nothing pinned for host:port yet: ask the user
        Changed  // a different certificate is pinned: refuse
    };

    // Empty path: AppPaths::trustDir() + "/tls_pins.json".
    explicit CertificatePins(QString filePath = {});

    QString filePath() const { return m_filePath; }

    // SHA-256 over the DER encoding, upper-case hex pairs joined by ':' ("AB:CD:…"), like `openssl x509
    // -fingerprint -sha256` and like the lab's endpoints.json `certSha256`.
    static QString fingerprint(const QSslCertificate& certificate);
    // Accepts "AB:CD:…", "abcd…", "SHA256:AB:…" and returns the canonical form (empty if not 32 bytes of
    // hex).
    static QString normalize(const QString& fingerprint);
    static QString key(const QString& host, int port);

    Result<QString> pinned(const QString& host, int port) const; // empty string: nothing pinned
    Result<Verdict> check(const QString& host, int port, const QString& fingerprint) const;
    Status pin(const QString& host, int port, const QString& fingerprint, const QString& subject = {});
    Status unpin(const QString& host, int port);

    // The question for ui/cli about `certificate`; previousFingerprint is set when a different one is pinned.
    TrustRequest requestFor(const QString& host, int port, const QSslCertificate& certificate) const;

private:
    Result<QJsonObject> load() const;
    Status save(const QJsonObject& root) const;

    QString m_filePath;
};

} // namespace mpio
