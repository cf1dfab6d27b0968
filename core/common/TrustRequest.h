#pragma once

#include <QMetaType>
#include <QString>

namespace mpio {

// A question core asks ui/cli: "do you trust this key/certificate?" (DESIGN.md: core never opens a dialog).
// Emitted on first contact with an unknown SSH host key or TLS certificate. A *changed* key is never asked
// about: it is refused outright, and `previousFingerprint` is filled so the refusal can name both.
struct TrustRequest
{
    enum class Kind
    {
        SshHostKey,
        TlsCertificate
    };
    Kind kind = Kind::TlsCertificate;
    QString host;
    int port = 0;
    QString keyType;     // "ssh-ed25519", "RSA 2048", …
    QString fingerprint; // SSH: "SHA256:base64"; TLS: SHA-256 of the DER certificate, "AB:CD:…"
    QString previousFingerprint;
    bool changed() const { return !previousFingerprint.isEmpty(); }
};

} // namespace mpio

Q_DECLARE_METATYPE(mpio::TrustRequest)
