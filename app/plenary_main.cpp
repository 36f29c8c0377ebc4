// plenary: the desktop application.
#include "AppSettings.h"
#include "AsyncStore.h"
#include "DataPaths.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "PlenaryVersion.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMenuBar>
#include <QNetworkInformation>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Plenary;

namespace {
QElapsedTimer g_sinceStart;

qint64 procStatusKb(const char *field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// PLENARY_STARTUP_REPORT=2 reports at once (the language tests);
// otherwise after 3 s of the start's background work (the benchmark).
void reportStartup(MainWindow &window, QApplication &app) {
    const int idleMs = qEnvironmentVariableIntValue("PLENARY_STARTUP_REPORT") == 2 ? 0 : 3000;
    QObject::connect(&window, &MainWindow::meetingShown, &app, [&app, &window, idleMs] {
        const qint64 shown = g_sinceStart.elapsed();
        const qint64 rss = procStatusKb("VmRSS:");
        QTimer::singleShot(idleMs, &app, [&app, &window, shown, rss] {
            const QString fileMenu = window.menuBar()->actions().value(0)
                                         ? window.menuBar()->actions().first()->text()
                                         : QString();
            std::fprintf(stderr,
                         "plenary-startup shown-ms=%lld rss-kb=%lld idle-rss-kb=%lld "
                         "hwm-kb=%lld language=%s direction=%s file-menu=%s\n",
                         shown, rss, procStatusKb("VmRSS:"), procStatusKb("VmHWM:"),
                         qPrintable(QLocale().name()),
                         window.layoutDirection() == Qt::RightToLeft ? "rtl" : "ltr",
                         fileMenu.toUtf8().constData());
            app.quit();
        });
    });
}
} // namespace

int main(int argc, char *argv[]) {
    g_sinceStart.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Plenary"));
    QCoreApplication::setApplicationName(QStringLiteral("plenary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLENARY_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Plenary"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.plenary.Plenary"));

    // --help and --version work without a display (packaging checks run
    // them in a bare root), so parse before the QApplication exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Plenary - paperless meetings for standards bodies.\n"
                "With no meeting stored, it opens the bundled demo meeting (ITU-T FG Smart, "
                "Geneva, 14-16 June 2010)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the database, documents and settings in <dir>."),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(dataDir);
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main",
                                    "Show Plenary in <language> (ar, en, es, fr, ru, zh_CN) "
                                    "instead of the one chosen in Settings or the system's."),
        QCoreApplication::translate("main", "language"));
    parser.addOption(language);
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QCoreApplication::translate("main", "Open and sync the meeting folder at <url> (as File > "
                                            "Open Meeting from URL)."),
        QCoreApplication::translate("main", "[url]"));
    // Qt's own options (-platform, -style...) are handled by QApplication.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.parse(arguments);
    if (parser.isSet(helpOption)) {
        // Before the application exists, Qt cannot name the program.
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                        QStringLiteral("plenary"))),
                   stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("plenary %s\n", PLENARY_VERSION_STRING);
        return 0;
    }

    QApplication app(argc, argv);
    // The theme's icon where Plenary is installed, its own otherwise.
    QIcon ownIcon;
    for (int size : {16, 32, 64, 256})
        ownIcon.addFile(
            QStringLiteral(":/plenary/icons/%1x%1/apps/org.plenary.Plenary.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.plenary.Plenary"), ownIcon));
    // --data-dir keeps everything, settings included, in one folder;
    // otherwise the settings are the user's and may name the data folder.
    DataPaths paths =
        parser.isSet(dataDir) ? DataPaths::at(parser.value(dataDir)) : DataPaths::standard();
    std::unique_ptr<QSettings> settings =
        paths.isCustom() ? std::make_unique<QSettings>(paths.settingsFile(), QSettings::IniFormat)
                         : std::make_unique<QSettings>();
    const AppSettings preferences(settings.get());
    if (!paths.isCustom() && !preferences.dataFolder().isEmpty())
        paths = DataPaths::inFolder(preferences.dataFolder());
    installTranslators(&app,
                       parser.isSet(language) ? parser.value(language) : preferences.language());
    QGuiApplication::setLayoutDirection(translatedLayoutDirection());

    // Lets automatic sync skip its turn while offline, where a backend exists
    // (the default one needs NetworkManager; "glib" works elsewhere).
    if (!QNetworkInformation::loadDefaultBackend())
        QNetworkInformation::loadBackendByName(QStringLiteral("glib"));

    AsyncStore store(paths, std::make_unique<KeychainCredentialStore>());
    MainWindow window(&store, settings.get());
    window.show();
    // Parsed again: QApplication has taken its own options (-platform
    // offscreen) out of the arguments, which would otherwise pass for a URL.
    parser.parse(QCoreApplication::arguments());
    if (const QStringList urls = parser.positionalArguments(); !urls.isEmpty())
        window.openUrl(urls.first());
    // For plenary-bench-reader: how long until the meeting is shown, and the
    // memory then and after the start's background work; then quit.
    if (qEnvironmentVariableIsSet("PLENARY_STARTUP_REPORT"))
        reportStartup(window, app);
    return app.exec();
}
