#include "OfficeConverter.h"

#include "FileVersion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Plenary {

namespace {
// The profile's settings: no macros at all (not even signed ones), no
// links to content outside the document. Written before LibreOffice first
// starts in the profile, so they hold for the first document too.
const char kProfileSettings[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
)";

QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("Plenary::OfficeConverter", text, nullptr, n);
}
} // namespace

OfficeConverter::OfficeConverter(QString cacheDir, QString program)
    : m_cacheDir(std::move(cacheDir))
    , m_program(program.isEmpty() ? findProgram() : std::move(program)) {}

OfficeConverter::~OfficeConverter() = default;

QString OfficeConverter::findProgram() {
    if (qEnvironmentVariableIsSet("PLENARY_SOFFICE")) {
        const QString set = qEnvironmentVariable("PLENARY_SOFFICE");
        return set == QLatin1String("none") ? QString() : set;
    }
    for (const char *name : {"soffice", "libreoffice"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString OfficeConverter::cachePathFor(const QString &source) const {
    return m_cacheDir + QStringLiteral("/converted/") + fileVersionKey(source) +
           QStringLiteral(".pdf");
}

QString OfficeConverter::cachedPdf(const QString &source) const {
    const QString path = cachePathFor(source);
    return QFileInfo(path).isFile() ? path : QString();
}

bool OfficeConverter::ensureProfile(QString *error) {
    if (m_profile && m_profile->isValid())
        return true;
    if (!QDir().mkpath(m_cacheDir)) {
        *error = tr("Cannot create the cache folder %1.").arg(m_cacheDir);
        return false;
    }
    m_profile = std::make_unique<QTemporaryDir>(m_cacheDir + QStringLiteral("/office-XXXXXX"));
    QFile settings(m_profile->path() + QStringLiteral("/user/registrymodifications.xcu"));
    if (!m_profile->isValid() || !QDir().mkpath(m_profile->path() + QStringLiteral("/user")) ||
        !settings.open(QIODevice::WriteOnly) || settings.write(kProfileSettings) < 0) {
        *error = tr("Cannot prepare LibreOffice's profile in %1.").arg(m_cacheDir);
        m_profile.reset();
        return false;
    }
    return true;
}

OfficeConverter::Result OfficeConverter::convert(const QString &source,
                                                 const CancelCheck &cancelled) {
    Result r;
    const QFileInfo info(source);
    if (!info.isFile()) {
        r.error = tr("%1 is not there.").arg(info.fileName());
        return r;
    }
    r.pdfPath = cachedPdf(source);
    if (!r.pdfPath.isEmpty()) {
        r.fromCache = true;
        return r;
    }
    if (!isAvailable()) {
        r.error = tr("LibreOffice is not installed: office documents cannot be converted.");
        return r;
    }
    if (info.size() > kMaxSourceBytes) {
        r.error = tr("%1 is too large to convert (%2 MB).")
                      .arg(info.fileName())
                      .arg(info.size() / (1024 * 1024));
        return r;
    }
    // From here a failure that is not the document's is tried again later.
    r.retry = true;
    if (!ensureProfile(&r.error))
        return r;

    // The document under a neutral name: LibreOffice names its output after
    // the input, and a name from a server never becomes an argument.
    QTemporaryDir work(m_cacheDir + QStringLiteral("/convert-XXXXXX"));
    const QString input =
        work.path() + QStringLiteral("/document.") + info.suffix().toLower().left(8);
    if (!work.isValid() || !QFile::copy(source, input)) {
        r.error = tr("Cannot copy %1 for conversion.").arg(info.fileName());
        return r;
    }

    QProcess process;
    process.setProgram(m_program);
    process.setArguments({QStringLiteral("-env:UserInstallation=") +
                              QUrl::fromLocalFile(m_profile->path()).toString(QUrl::FullyEncoded),
                          QStringLiteral("--headless"), QStringLiteral("--invisible"),
                          QStringLiteral("--norestore"), QStringLiteral("--nolockcheck"),
                          QStringLiteral("--nodefault"), QStringLiteral("--nologo"),
                          QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                          QStringLiteral("--outdir"), work.path(), input});
    process.setWorkingDirectory(work.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAL_USE_VCLPLUGIN"), QStringLiteral("svp"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    // soffice starts soffice.bin through oosplash: a group of their own, so
    // that a time limit or a cancel stops all of them. If Plenary itself is
    // killed (SIGKILL: no time to stop them), oosplash goes with it, and a
    // CPU limit, which soffice.bin inherits, ends a conversion spinning on a
    // hostile document instead of leaving it running for ever (found by
    // tst_crashpoints). Twice the wall-clock limit: soffice uses threads.
    const rlim_t cpuSeconds = rlim_t(qMax(0, m_timeoutMs) / 1000) * 2 + 10;
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([cpuSeconds, parent] {
        ::setsid();
        const rlimit cpu{cpuSeconds, cpuSeconds};
        ::setrlimit(RLIMIT_CPU, &cpu);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // Plenary died between the fork and prctl: nobody would end us.
        if (::getppid() != parent)
            ::_exit(127);
#endif
    });
    process.start();
    if (!process.waitForStarted(10000)) {
        r.error = tr("LibreOffice could not be started: %1").arg(process.errorString());
        return r;
    }
    const qint64 group = process.processId();
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        const bool stop = cancelled && cancelled();
        if (stop || clock.hasExpired(m_timeoutMs)) {
            ::kill(-pid_t(group), SIGKILL);
            process.waitForFinished(5000);
            if (stop)
                r.cancelled = true;
            else {
                // A variable, not an expression: lupdate stops reading a
                // call at a '/' and would miss the message.
                const int seconds = m_timeoutMs / 1000;
                r.error =
                    QCoreApplication::translate(
                        "Plenary::OfficeConverter",
                        "LibreOffice took longer than %n seconds to convert %1.", nullptr, seconds)
                        .arg(info.fileName());
            }
            return r;
        }
    }
    // Anything it left running in its group goes too.
    ::kill(-pid_t(group), SIGKILL);

    const QString output = work.path() + QStringLiteral("/document.pdf");
    QFile pdf(output);
    if (process.exitStatus() != QProcess::NormalExit || !pdf.open(QIODevice::ReadOnly) ||
        pdf.read(5) != "%PDF-") {
        r.retry = false; // LibreOffice ran and could not read it: the document's fault
        const QString said = QString::fromLocal8Bit(process.readAll()).trimmed().left(300);
        r.error = said.isEmpty()
                      ? tr("LibreOffice could not convert %1.").arg(info.fileName())
                      : tr("LibreOffice could not convert %1: %2").arg(info.fileName(), said);
        return r;
    }
    pdf.close();
    const QString target = cachePathFor(source);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!QFile::rename(output, target)) {
        r.error = tr("Cannot keep the converted PDF in %1.").arg(QFileInfo(target).absolutePath());
        return r;
    }
    r.pdfPath = target;
    r.retry = false;
    return r;
}

} // namespace Plenary
