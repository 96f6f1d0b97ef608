#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace cultivate {

// A page whose feature is not built yet: an icon, a heading and one sentence for the user.
class EmptyStatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QIcon &icon, const QString &heading, const QString &text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QIcon m_icon{};
    QLabel *m_iconLabel = nullptr;
};

} // namespace cultivate
