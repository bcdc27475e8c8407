"""Awaitables and asynchronous iterators: `await Delayed(v)` and
`async for` over `Countdown`, driven by `asyncio.run`."""

import asyncio
import inspect
import sys

import pytest

from pyclasses import Countdown, Delayed

from conftest import raises


def test_await():
    async def main():
        return await Delayed(5) + await Delayed(-2)

    assert asyncio.run(main()) == 3
    assert inspect.isawaitable(Delayed(1))


def test_await_inside_gather():
    async def main():
        return await asyncio.gather(Delayed(1), Delayed(2))

    assert asyncio.run(main()) == [1, 2]


def test_async_for():
    async def main():
        seen = []
        async for n in Countdown(3):
            seen.append(n)
        return seen

    assert asyncio.run(main()) == [3, 2, 1]


def test_async_comprehension_and_empty_iterator():
    async def main():
        return [n async for n in Countdown(4)], [n async for n in Countdown(0)]

    assert asyncio.run(main()) == ([4, 3, 2, 1], [])


def test_anext_by_hand():
    c = Countdown(1)
    assert c.__aiter__() is c

    async def main():
        first = await c.__anext__()
        with pytest.raises(StopAsyncIteration):
            c.__anext__()
        return first

    assert asyncio.run(main()) == 1


@pytest.mark.skipif(sys.version_info < (3, 10), reason="aiter/anext are 3.10+ builtins")
def test_aiter_anext_builtins():
    c = Countdown(2)

    async def main():
        it = aiter(c)  # noqa: F821 (3.10+)
        first, second = await anext(it), await anext(it)  # noqa: F821
        with pytest.raises(StopAsyncIteration):
            # (not `anext(it, default)`: CPython 3.11.7 crashes when an
            # `__anext__` raises StopAsyncIteration itself, also for Python
            # classes)
            await anext(it)  # noqa: F821
        return it is c, first, second

    assert asyncio.run(main()) == (True, 2, 1)


def test_not_an_async_iterable():
    async def main():
        async for _ in Delayed(1):
            pass

    raises(TypeError, "'async for' requires an object with __aiter__ method, got pyclasses.Delayed",
           asyncio.run, main())
