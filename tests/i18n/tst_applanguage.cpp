#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The plenary program itself: the language chosen in Settings (its
// plenary.ini), or with --language, or the system's, from its start.
class TestAppLanguage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Started {
        QString language, direction, fileMenu;
    };

    Started start(const QString &dataDir, const QStringList &args, const QString &lang) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PLENARY_STARTUP_REPORT"), QStringLiteral("2"));
        env.insert(QStringLiteral("PLENARY_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANGUAGE"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang + QStringLiteral(".UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PLENARY_GUI),
                QStringList{QStringLiteral("--data-dir"), dataDir} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            return {};
        }
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const auto m =
            QRegularExpression(QStringLiteral("language=(\\S+) direction=(\\S+) file-menu=(.*)"))
                .match(err);
        if (!m.hasMatch())
            qWarning().noquote() << err;
        return {m.captured(1), m.captured(2), m.captured(3).trimmed()};
    }

private Q_SLOTS:
    void languageFromTheCommandLine() {
        const Started s =
            start(m_dir.filePath(QStringLiteral("a")),
                  {QStringLiteral("--language"), QStringLiteral("ar")}, QStringLiteral("en_US"));
        QCOMPARE(s.language.left(2), QStringLiteral("ar"));
        QCOMPARE(s.direction, QStringLiteral("rtl"));
        QCOMPARE(s.fileMenu, QStringLiteral("&ملف"));
    }

    void languageFromSettingsOverTheSystems() {
        const QString dir = m_dir.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(dir));
        {
            QSettings ini(dir + QStringLiteral("/plenary.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("ui/language"), QStringLiteral("ru"));
        }
        const Started s = start(dir, {}, QStringLiteral("fr_FR"));
        QCOMPARE(s.language, QStringLiteral("ru_RU"));
        QCOMPARE(s.direction, QStringLiteral("ltr"));
        QCOMPARE(s.fileMenu, QStringLiteral("&Файл"));
    }

    void theSystemsLanguageOtherwise() {
        const Started s = start(m_dir.filePath(QStringLiteral("c")), {}, QStringLiteral("zh_CN"));
        QCOMPARE(s.fileMenu, QStringLiteral("文件(&F)"));
        QCOMPARE(s.direction, QStringLiteral("ltr"));
    }
};

QTEST_GUILESS_MAIN(TestAppLanguage)
#include "tst_applanguage.moc"
