#include "AppSettings.h"

#include <QSettings>

#include <algorithm>

namespace Plenary {

namespace {
// Not in a "general" group: QSettings' INI format reads [General] as the
// keys of no group, and a file it rewrites loses them.
const QString kLanguage = QStringLiteral("ui/language");
const QString kDataFolder = QStringLiteral("data/folder");
// The key predates this class (MainWindow read it directly): keep it.
const QString kSyncInterval = QStringLiteral("sync/intervalMinutes");
const QString kParallel = QStringLiteral("sync/parallelTransfers");
const QString kPoll = QStringLiteral("session/pollSeconds");
const QString kServers = QStringLiteral("servers");
} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

QStringList AppSettings::languages() {
    return {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("zh_CN"),
            QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};
}

QString AppSettings::language() const {
    const QString value = m_settings->value(kLanguage).toString();
    // A language we have no catalogue for would show English anyway; say so.
    return languages().contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language) {
    set(kLanguage, languages().contains(language) ? language : QString());
}

QString AppSettings::dataFolder() const {
    return m_settings->value(kDataFolder).toString();
}

void AppSettings::setDataFolder(const QString &folder) {
    set(kDataFolder, folder);
}

int AppSettings::syncIntervalMinutes() const {
    bool ok = false;
    const int v = m_settings->value(kSyncInterval).toInt(&ok);
    return ok ? std::clamp(v, 0, kMaxSyncIntervalMinutes) : kDefaultSyncIntervalMinutes;
}

void AppSettings::setSyncIntervalMinutes(int minutes) {
    set(kSyncInterval, std::clamp(minutes, 0, kMaxSyncIntervalMinutes));
}

int AppSettings::parallelTransfers() const {
    bool ok = false;
    const int v = m_settings->value(kParallel).toInt(&ok);
    return ok ? std::clamp(v, 1, kMaxParallelTransfers) : kDefaultParallelTransfers;
}

void AppSettings::setParallelTransfers(int transfers) {
    set(kParallel, std::clamp(transfers, 1, kMaxParallelTransfers));
}

int AppSettings::pollIntervalSeconds() const {
    bool ok = false;
    const int v = m_settings->value(kPoll).toInt(&ok);
    return ok ? std::clamp(v, kMinPollSeconds, kMaxPollSeconds) : kDefaultPollSeconds;
}

void AppSettings::setPollIntervalSeconds(int seconds) {
    set(kPoll, std::clamp(seconds, kMinPollSeconds, kMaxPollSeconds));
}

QList<AppSettings::Server> AppSettings::servers() const {
    QList<Server> result;
    const int n = m_settings->beginReadArray(kServers);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Server s{m_settings->value(QStringLiteral("key")).toString(),
                 m_settings->value(QStringLiteral("user")).toString()};
        if (!s.key.isEmpty())
            result << s;
    }
    m_settings->endArray();
    std::sort(result.begin(), result.end(),
              [](const Server &a, const Server &b) { return a.key < b.key; });
    return result;
}

void AppSettings::rememberServer(const Server &server) {
    if (server.key.isEmpty())
        return;
    QList<Server> list = servers();
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const Server &s) { return s.key == server.key; });
    if (it != list.end()) {
        if (*it == server)
            return;
        *it = server;
    } else {
        list << server;
    }
    writeServers(list);
}

void AppSettings::forgetServer(const QString &key) {
    QList<Server> list = servers();
    const auto removed = list.removeIf([&](const Server &s) { return s.key == key; });
    if (removed > 0)
        writeServers(list);
}

void AppSettings::writeServers(const QList<Server> &list) {
    m_settings->remove(kServers);
    m_settings->beginWriteArray(kServers, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("key"), list[i].key);
        m_settings->setValue(QStringLiteral("user"), list[i].user);
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

void AppSettings::set(const QString &key, const QVariant &value) {
    // Compared as text: an INI file gives every value back as a string.
    if (m_settings->contains(key) && m_settings->value(key).toString() == value.toString())
        return;
    m_settings->setValue(key, value);
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace Plenary
