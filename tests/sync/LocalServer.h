#pragma once

// What the tests' server wrappers (TestServer, FtpServer) share.

#include <QStandardPaths>
#include <QString>
#include <QTcpServer>

namespace PlenaryTest {

/// A TCP port free on 127.0.0.1 just now.
inline quint16 freeLocalPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// A server program from Debian's packages: on the PATH, or in the sbin
/// folders a user's PATH often lacks. Empty when it is not installed.
inline QString findServerProgram(const QString &name) {
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

} // namespace PlenaryTest
