// Tests reach a window's widgets as a user's tools do, by object name, not through getters kept for them.
#pragma once

#include <QObject>
#include <catch2/catch.hpp>
#include <type_traits>

namespace sangkien::testing {

// The descendant of parent of type T named name; the test stops when there is none.
template <class T>
T* child(const QObject* parent, const char* name)
{
    REQUIRE(parent);
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("no " << name << " in " << parent->metaObject()->className());
    REQUIRE(found);
    return found;
}

template <class T>
T* child(const QObject& parent, const char* name)
{
    return child<T>(&parent, name);
}

// A holder such as UiWindow or a std::unique_ptr: its pointee's descendant.
template <class T, class Holder>
requires requires(Holder& holder)
{
    holder.operator->();
}
T* child(Holder& holder, const char* name)
{
    return child<T>(holder.operator->(), name);
}

} // namespace sangkien::testing
