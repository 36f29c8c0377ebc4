#include "Credentials.h"

namespace Plenary {

QString CredentialStore::serverKey(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https")  ? 443
                            : scheme == QLatin1String("http") ? 80
                            : scheme == QLatin1String("ftp") || scheme == QLatin1String("ftpes")
                                ? 21
                            : scheme == QLatin1String("ftps") ? 990
                                                              : -1;
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host()).arg(url.port(defaultPort));
}

std::optional<Credentials> MemoryCredentialStore::find(const QString &server) {
    const auto it = m_credentials.constFind(server);
    if (it == m_credentials.cend())
        return std::nullopt;
    return *it;
}

bool MemoryCredentialStore::save(const QString &server, const Credentials &credentials, bool) {
    m_credentials.insert(server, credentials);
    return true;
}

bool MemoryCredentialStore::remove(const QString &server) {
    m_credentials.remove(server);
    return true;
}

} // namespace Plenary
