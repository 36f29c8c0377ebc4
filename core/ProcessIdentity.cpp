#include "ProcessIdentity.h"

#include <QCoreApplication>
#include <QFile>

namespace Plenary::ProcessIdentity {

namespace {
QByteArray readProc(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed();
}

// Changes at every boot: a PID and a start time mean nothing across boots.
QByteArray bootId() {
    static const QByteArray id = readProc(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return id;
}

// The start time in clock ticks since boot: field 22 of /proc/<pid>/stat,
// counted after the command name, which may itself hold spaces and ')'.
QByteArray startTime(qint64 pid) {
    const QByteArray stat = readProc(QStringLiteral("/proc/%1/stat").arg(pid));
    const int close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 19 ? fields.at(19) : QByteArray();
}
} // namespace

QString of(qint64 pid) {
    if (pid <= 0 || bootId().isEmpty())
        return {};
    const QByteArray start = startTime(pid);
    if (start.isEmpty())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(QString::fromLatin1(bootId()))
        .arg(pid)
        .arg(QString::fromLatin1(start));
}

QString ofThisProcess() {
    static const QString self = of(QCoreApplication::applicationPid());
    return self;
}

bool isAnotherRunning(const QString &identity) {
    const QStringList parts = identity.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || identity == ofThisProcess())
        return false;
    return of(pid) == identity;
}

} // namespace Plenary::ProcessIdentity
