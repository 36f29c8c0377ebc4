// plenary: the desktop application.
#include "AsyncStore.h"
#include "DataPaths.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "PlenaryVersion.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkInformation>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Plenary;

int main(int argc, char *argv[]) {
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
    // Qt's own options (-platform, -style...) are handled by QApplication.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.parse(arguments);
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("plenary %s\n", PLENARY_VERSION_STRING);
        return 0;
    }

    QApplication app(argc, argv);
    installTranslators(&app);
    const DataPaths paths =
        parser.isSet(dataDir) ? DataPaths::at(parser.value(dataDir)) : DataPaths::standard();
    std::unique_ptr<QSettings> settings =
        paths.isCustom() ? std::make_unique<QSettings>(paths.settingsFile(), QSettings::IniFormat)
                         : std::make_unique<QSettings>();

    // Lets automatic sync skip its turn while offline, where a backend exists
    // (the default one needs NetworkManager; "glib" works elsewhere).
    if (!QNetworkInformation::loadDefaultBackend())
        QNetworkInformation::loadBackendByName(QStringLiteral("glib"));

    AsyncStore store(paths, std::make_unique<KeychainCredentialStore>());
    MainWindow window(&store, settings.get());
    window.show();
    return app.exec();
}
