#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace mpio::lab {

// The web UI certificate: self-signed like TrueNAS's truenas_default (truenas-api.md §7: CN=localhost,
// SAN DNS:localhost, RSA 2048, SHA-256, serverAuth, 397 days, O=iXsystems). Generated with the openssl
// command line (Qt cannot create certificates) into DIR/truenas/, reused on restart.
class TrueNasCertificate
{
public:
    // Loads DIR/truenas/{cert,key}.pem, generating them when absent (or always, when `regenerate`).
    bool loadOrCreate(const QString& stateDir, bool regenerate, QString* error);

    const QSslCertificate& certificate() const { return m_cert; }
    const QSslKey& key() const { return m_key; }
    // SHA-256 of the DER certificate, "AB:CD:…" (colon-separated uppercase hex).
    QString sha256() const;

private:
    QSslCertificate m_cert;
    QSslKey m_key;
};

} // namespace mpio::lab
