#include "Credentials.h"

namespace Plenary {

QString CredentialStore::serverKey(const QUrl &url) {
    const int defaultPort = url.scheme() == QLatin1String("https")  ? 443
                            : url.scheme() == QLatin1String("http") ? 80
                                                                    : -1;
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(defaultPort));
}

std::optional<Credentials> MemoryCredentialStore::find(const QString &server) {
    const auto it = m_credentials.constFind(server);
    if (it == m_credentials.cend())
        return std::nullopt;
    return *it;
}

void MemoryCredentialStore::save(const QString &server, const Credentials &credentials) {
    m_credentials.insert(server, credentials);
}

} // namespace Plenary
