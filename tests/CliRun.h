#pragma once

// Runs plenary-cli (PLENARY_CLI) as a user would: no display, no keychain,
// its own data folder. For the tests of the CLI's commands.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace PlenaryTest {

struct CliRun {
    int code = -1; ///< exit code; -1 when it crashed
    QString out, err;
};

inline CliRun runCli(const QString &dataDir, QStringList args, int timeoutMs = 120000) {
    args << QStringLiteral("--data-dir") << dataDir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLENARY_NO_KEYCHAIN"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands that need fonts choose their own
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLENARY_CLI), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("plenary-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace PlenaryTest
