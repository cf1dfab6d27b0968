#include "app/lab/ssh/HostKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <libssh/libssh.h>

namespace mpio::lab {

HostKey::~HostKey()
{
    ssh_key_free(m_key);
}

bool HostKey::loadOrCreate(const QString& path, QString* error)
{
    m_path = path;
    if (QFileInfo::exists(path)) {
        ssh_key k = nullptr;
        if (ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), nullptr, nullptr, nullptr, &k) ==
            SSH_OK) {
            ssh_key_free(m_key);
            m_key = k;
            return true;
        }
        *error = QStringLiteral("%1: unreadable host key").arg(path);
        return false;
    }
    return generateAndSave(error);
}

bool HostKey::rotate(QString* error)
{
    return generateAndSave(error);
}

bool HostKey::generateAndSave(QString* error)
{
    ssh_key k = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &k) != SSH_OK) {
        *error = QStringLiteral("cannot generate an ed25519 host key");
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Write next to the target and rename, so a crash never leaves half a key behind.
    const QString tmp = m_path + QStringLiteral(".tmp");
    QFile::remove(tmp);
    if (ssh_pki_export_privkey_file(k, nullptr, nullptr, nullptr, QFile::encodeName(tmp).constData()) !=
        SSH_OK) {
        ssh_key_free(k);
        *error = QStringLiteral("%1: cannot write host key").arg(tmp);
        return false;
    }
    QFile::setPermissions(tmp, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(m_path);
    if (!QFile::rename(tmp, m_path)) {
        ssh_key_free(k);
        *error = QStringLiteral("%1: cannot rename host key").arg(m_path);
        return false;
    }
    ssh_key_free(m_key);
    m_key = k;
    return true;
}

QString HostKey::fingerprintSha256() const
{
    if (!m_key)
        return {};
    ssh_key pub = nullptr;
    if (ssh_pki_export_privkey_to_pubkey(m_key, &pub) != SSH_OK)
        return {};
    unsigned char* hash = nullptr;
    size_t len = 0;
    QString out;
    if (ssh_get_publickey_hash(pub, SSH_PUBLICKEY_HASH_SHA256, &hash, &len) == 0) {
        char* fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
        if (fp) {
            out = QString::fromLatin1(fp);
            ssh_string_free_char(fp);
        }
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(pub);
    return out;
}

} // namespace mpio::lab
