#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace PlenaryTest {

/// Answers the next message box that comes up (accepts it, or rejects it
/// with @p accept false) and keeps what it said; the box must show plain
/// text. For code that asks with QMessageBox::exec().
class ModalAnswer : public QObject {
public:
    explicit ModalAnswer(bool accept = true) {
        connect(&m_timer, &QTimer::timeout, this, [this, accept] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            m_plainText = box->textFormat() == Qt::PlainText;
            m_text = box->text();
            // Its buttons, as a user would: exec() then returns the button.
            QAbstractButton *button = accept ? box->defaultButton() : box->escapeButton();
            for (QAbstractButton *b : box->buttons()) {
                const auto role = box->buttonRole(b);
                if (!button &&
                    (accept ? role == QMessageBox::AcceptRole || role == QMessageBox::YesRole
                            : role == QMessageBox::RejectRole || role == QMessageBox::NoRole))
                    button = b;
            }
            if (button)
                button->click();
            else if (accept)
                box->accept();
            else
                box->reject();
        });
        m_timer.start(50);
    }
    /// What the box said; empty until one came.
    QString text() const { return m_text; }
    bool wasPlainText() const { return m_plainText; }

private:
    QTimer m_timer;
    QString m_text;
    bool m_plainText = false;
};

} // namespace PlenaryTest
