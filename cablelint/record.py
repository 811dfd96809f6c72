"""`Record`, the base of the model's parts and of the parser's stage results. Hand-written rather
than dataclasses: `@dataclass` generates and compiles six methods per class at every start-up
(about 4 M instructions a class, a tenth of a one-cable run for the model alone)."""

from __future__ import annotations

from operator import attrgetter

set_field = object.__setattr__      # how a Record's __init__ sets its immutable fields


class Record:
    """A plain `__slots__` class, immutable, equal to and hashed as the tuple of its fields (as a
    frozen dataclass is), with `replace` and `fields`. A subclass names its fields in `__slots__`
    and sets them in `__init__` with `set_field`."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        getter = attrgetter(*cls.__slots__)
        # the field values in __slots__ order, a tuple also for one field
        cls._values = getter if len(cls.__slots__) > 1 else \
            staticmethod(lambda record: (getter(record),))

    def fields(self) -> dict:
        """The fields by name, in their order."""
        return dict(zip(self.__slots__, self._values(self)))

    def replace(self, **changes) -> Record:
        """A copy with these fields changed (`dataclasses.replace`)."""
        return type(self)(**{**self.fields(), **changes})

    def __eq__(self, other) -> bool:
        if other.__class__ is self.__class__:
            return self._values(self) == other._values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.fields().items())
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name, value) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: {type(self).__name__} is immutable")

    def __delattr__(self, name) -> None:
        raise AttributeError(f"cannot delete field {name!r}: {type(self).__name__} is immutable")

    def __reduce__(self):
        return type(self), self._values(self)
