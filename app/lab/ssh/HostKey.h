#pragma once

#include <QString>

struct ssh_key_struct;

namespace mpio::lab {

// A host's persistent SSH host key: DIR/hostkeys/<host>_ed25519, generated on first start and reused after,
// so a client's trust-on-first-use pin survives a lab restart (and breaks, as it should, after rotate()).
class HostKey
{
public:
    HostKey() = default;
    ~HostKey();
    HostKey(const HostKey&) = delete;
    HostKey& operator=(const HostKey&) = delete;

    bool loadOrCreate(const QString& path, QString* error);
    bool rotate(QString* error); // new key, written over the old file
    ssh_key_struct* key() const { return m_key; }
    QString path() const { return m_path; }
    // As OpenSSH prints it: "SHA256:" + base64 without padding.
    QString fingerprintSha256() const;

private:
    bool generateAndSave(QString* error);

    QString m_path;
    ssh_key_struct* m_key = nullptr;
};

} // namespace mpio::lab
