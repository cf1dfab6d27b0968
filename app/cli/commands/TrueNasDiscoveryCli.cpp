#include "app/cli/commands/TrueNasDiscoveryCli.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/WaitFor.h"
#include "core/credentials/KeychainCredentialStore.h"
#include "core/lab/LabEndpoints.h"
#include "core/log/Redactor.h"
#include "core/truenas/TrueNasClient.h"
#include "core/truenas/TrueNasDiscovery.h"
#include "core/truenas/TrueNasSnapshotJson.h"

#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace mpio::cli {

namespace {

const QString kTrueNas = QStringLiteral("truenas");
const QString kApiUser = QStringLiteral("api-user");
const QString kApiKeyFile = QStringLiteral("api-key-file");
const QString kTofu = QStringLiteral("trust-on-first-use");
const QString kCaFile = QStringLiteral("ca-file");

int exitCodeFor(const Error& e)
{
    if (e.code.startsWith(QLatin1String("truenas.")) || e.code.startsWith(QLatin1String("credentials.")))
        return Connection;
    return BadUsage;
}

bool askYesNo(const QString& question)
{
    fprintf(stderr, "%s [y/N] ", question.toUtf8().constData());
    fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

void addTrueNasDiscoveryOptions(QCommandLineParser& parser)
{
    parser.addOption({kTrueNas, QStringLiteral("TrueNAS to discover (wss://HOST:PORT, port 443 by default)."),
                      QStringLiteral("HOST[:PORT]")});
    parser.addOption(
        {kApiUser, QStringLiteral("Owner of the TrueNAS API key (default: root)."), QStringLiteral("USER")});
    parser.addOption({kApiKeyFile,
                      QStringLiteral("File holding the TrueNAS API key (default: the keychain entry "
                                     "mpio-wizard/truenas-api-key/HOST/USER)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {kTofu, QStringLiteral("Trust and remember an unknown certificate or host key on first contact "
                               "(a changed one is always refused).")});
    parser.addOption({kCaFile,
                      QStringLiteral("Verify the TrueNAS certificate against this CA (PEM) instead of "
                                     "trust-on-first-use."),
                      QStringLiteral("PEM")});
}

bool wantsTrueNasDiscovery(const QCommandLineParser& parser, const LabEndpoints* lab)
{
    return parser.isSet(kTrueNas) || (lab && lab->hasTrueNas);
}

int discoverTrueNas(QCommandLineParser& parser, Console& console, QJsonObject* json, const LabEndpoints* lab)
{
    // Errors go to stderr and, with --json, also into the output so scripts see what failed.
    auto fail = [&](const Error& error) {
        console.error(error.message);
        if (!error.detail.isEmpty())
            console.progress(error.detail);
        if (json)
            json->insert(QStringLiteral("truenas"),
                         QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), error.code},
                                                  {QStringLiteral("message"), error.message}}}});
        return exitCodeFor(error);
    };
    TrueNasClient::Options options;
    QString endpoint = parser.value(kTrueNas);
    QString apiKey;
    QString labFingerprint;
    options.apiUser = parser.isSet(kApiUser) ? parser.value(kApiUser) : QStringLiteral("root");
    if (endpoint.isEmpty() && lab && lab->hasTrueNas) {
        endpoint = QStringLiteral("%1:%2").arg(lab->truenas.host).arg(lab->truenas.port);
        if (!parser.isSet(kApiUser))
            options.apiUser = lab->truenas.apiUser;
        if (!parser.isSet(kApiKeyFile))
            apiKey = lab->truenas.apiKey;
        labFingerprint = lab->truenas.certSha256;
    }
    const auto url = TrueNasClient::endpointUrl(endpoint);
    if (!url) {
        console.error(url.error().message);
        return BadUsage;
    }
    options.url = *url;
    options.trustOnFirstUse = parser.isSet(kTofu);
    options.caCertificatesFile = parser.value(kCaFile);

    if (parser.isSet(kApiKeyFile)) {
        QFile file(parser.value(kApiKeyFile));
        if (!file.open(QIODevice::ReadOnly)) {
            console.error(QStringLiteral("cannot read the API key file %1: %2")
                              .arg(file.fileName(), file.errorString()));
            return BadUsage;
        }
        apiKey = QString::fromUtf8(file.readAll()).trimmed();
        Redactor::add(apiKey);
        if (apiKey.isEmpty()) {
            console.error(QStringLiteral("the API key file %1 is empty").arg(file.fileName()));
            return BadUsage;
        }
    } else if (apiKey.isEmpty()) {
        KeychainCredentialStore keychain;
        const CredentialStore::Key key{QStringLiteral("truenas-api-key"), url->host(), options.apiUser};
        std::optional<Result<QString>> read;
        keychain.read(key, [&](Result<QString> r) { read = std::move(r); });
        if (!waitFor(read, 30000) || !read->ok()) {
            console.error(read ? read->error().message + QStringLiteral(" Or give --api-key-file FILE.")
                               : QStringLiteral("the keychain did not answer"));
            return read ? exitCodeFor(read->error()) : Connection;
        }
        apiKey = read->value();
    }
    Redactor::add(apiKey);
    options.apiKey = apiKey;

    // The lab says which certificate it serves (endpoints.json, written locally by mpio-lab): that one and no
    // other, without the pin store.
    options.pinnedFingerprint = labFingerprint;

    TrueNasClient client;
    client.setOptions(options);
    console.progress(QStringLiteral("connecting to TrueNAS at %1 …").arg(url->authority()));
    std::optional<Status> connected;
    client.connectToServer([&](Status s) { connected = std::move(s); });
    if (!waitFor(connected, options.connectTimeoutMs + 5000)) {
        console.error(QStringLiteral("no answer from TrueNAS at %1").arg(url->authority()));
        return Connection;
    }
    if (!connected->ok() && connected->error().code == QLatin1String("truenas.tls.untrusted") &&
        !console.json() && isatty(STDIN_FILENO)) {
        const TrustRequest request = client.pendingTrustRequest();
        const bool yes =
            askYesNo(QStringLiteral("The TLS certificate of %1:%2 is not known yet.\n  SHA-256 %3 (%4)\n"
                                    "Compare it with the TrueNAS web interface. Trust it?")
                         .arg(request.host)
                         .arg(request.port)
                         .arg(request.fingerprint, request.keyType));
        if (yes) {
            const Status pinned = client.trustCertificate(request);
            if (!pinned.ok()) {
                console.error(pinned.error().toString());
                return Connection;
            }
            connected.reset();
            client.connectToServer([&](Status s) { connected = std::move(s); });
            if (!waitFor(connected, options.connectTimeoutMs + 5000)) {
                console.error(QStringLiteral("no answer from TrueNAS at %1").arg(url->authority()));
                return Connection;
            }
        }
    }
    if (!connected->ok())
        return fail(connected->error());
    console.progress(QStringLiteral("TrueNAS %1 (API %2): discovering …")
                         .arg(client.apiVersion().text(), client.apiVersion().lineName()));

    TrueNasDiscovery discovery(&client);
    std::optional<bool> finished;
    QObject::connect(&discovery, &TrueNasDiscovery::finished, [&] { finished = true; });
    discovery.start();
    if (!waitFor(finished, options.callTimeoutMs + 10000)) {
        discovery.cancel();
        console.error(QStringLiteral("the TrueNAS discovery did not finish"));
        return Connection;
    }
    const auto snapshot = discovery.result();
    client.disconnectFromServer();
    if (!snapshot)
        return fail(snapshot.error());
    console.progress(QStringLiteral("discovered in %1 ms (%2 calls)")
                         .arg(discovery.elapsedMs())
                         .arg(discovery.callCount()));
    if (json)
        json->insert(QStringLiteral("truenas"), TrueNasSnapshotJson::toJson(*snapshot));
    else
        console.out(TrueNasSnapshotJson::toText(*snapshot));
    return Success;
}

} // namespace mpio::cli
