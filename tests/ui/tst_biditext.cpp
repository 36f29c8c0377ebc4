#include "BidiText.h"

#include <QTest>

using namespace Plenary;

class TestBidiText : public QObject {
    Q_OBJECT
    static QString shown(const QString &text, Qt::LayoutDirection direction) {
        QStyleOptionViewItem option;
        option.text = text;
        option.direction = direction;
        keepLeftToRightText(&option);
        return option.text;
    }

private Q_SLOTS:
    void codesKeepTheirOrderInRightToLeftWindows() {
        const QChar lrm(0x200E);
        QCOMPARE(shown(QStringLiteral("6.a"), Qt::RightToLeft), lrm + QStringLiteral("6.a"));
        QCOMPARE(shown(QStringLiteral("FG-Smart-I-0001"), Qt::RightToLeft),
                 lrm + QStringLiteral("FG-Smart-I-0001"));
        // Arabic text is left alone, as is every left-to-right window.
        QCOMPARE(shown(QStringLiteral("جدول الأعمال"), Qt::RightToLeft),
                 QStringLiteral("جدول الأعمال"));
        QCOMPARE(shown(QStringLiteral("6.a"), Qt::LeftToRight), QStringLiteral("6.a"));
        QCOMPARE(shown(QString(), Qt::RightToLeft), QString());
        // The mark really makes the text start left to right.
        QVERIFY(QStringLiteral("6.a").isRightToLeft() == false);
        QVERIFY(!shown(QStringLiteral("6.a"), Qt::RightToLeft).isRightToLeft());
    }
};

QTEST_MAIN(TestBidiText)
#include "tst_biditext.moc"
