var Dh = Object.defineProperty;
var Ch = (e, t, n) => t in e ? Dh(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n;
var Q = (e, t, n) => Ch(e, typeof t != "symbol" ? t + "" : t, n);
var Kc = {};
/**
* @vue/shared v3.5.13
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function qe(e) {
  const t = /* @__PURE__ */ Object.create(null);
  for (const n of e.split(",")) t[n] = 1;
  return (n) => n in t;
}
const ut = Kc.NODE_ENV !== "production" ? Object.freeze({}) : {}, Kn = Kc.NODE_ENV !== "production" ? Object.freeze([]) : [], St = () => {
}, Ph = () => !1, Us = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && // uppercase letter
(e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), Fi = (e) => e.startsWith("onUpdate:"), _t = Object.assign, Lr = (e, t) => {
  const n = e.indexOf(t);
  n > -1 && e.splice(n, 1);
}, Th = Object.prototype.hasOwnProperty, rt = (e, t) => Th.call(e, t), U = Array.isArray, Nn = (e) => ao(e) === "[object Map]", qc = (e) => ao(e) === "[object Set]", K = (e) => typeof e == "function", mt = (e) => typeof e == "string", fn = (e) => typeof e == "symbol", dt = (e) => e !== null && typeof e == "object", Fr = (e) => (dt(e) || K(e)) && K(e.then) && K(e.catch), Xc = Object.prototype.toString, ao = (e) => Xc.call(e), $r = (e) => ao(e).slice(8, -1), lo = (e) => ao(e) === "[object Object]", Br = (e) => mt(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, Os = /* @__PURE__ */ qe(
  // the leading comma is intentional so empty string "" is also included
  ",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"
), Ah = /* @__PURE__ */ qe(
  "bind,cloak,else-if,else,for,html,if,model,on,once,pre,show,slot,text,memo"
), co = (e) => {
  const t = /* @__PURE__ */ Object.create(null);
  return (n) => t[n] || (t[n] = e(n));
}, Vh = /-(\w)/g, qt = co(
  (e) => e.replace(Vh, (t, n) => n ? n.toUpperCase() : "")
), Ih = /\B([A-Z])/g, Jt = co(
  (e) => e.replace(Ih, "-$1").toLowerCase()
), fo = co((e) => e.charAt(0).toUpperCase() + e.slice(1)), yn = co(
  (e) => e ? `on${fo(e)}` : ""
), Sn = (e, t) => !Object.is(e, t), fs = (e, ...t) => {
  for (let n = 0; n < e.length; n++)
    e[n](...t);
}, $i = (e, t, n, s = !1) => {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    writable: s,
    value: n
  });
}, Rh = (e) => {
  const t = parseFloat(e);
  return isNaN(t) ? e : t;
}, Ca = (e) => {
  const t = mt(e) ? Number(e) : NaN;
  return isNaN(t) ? e : t;
};
let Pa;
const Ys = () => Pa || (Pa = typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {});
function ze(e) {
  if (U(e)) {
    const t = {};
    for (let n = 0; n < e.length; n++) {
      const s = e[n], i = mt(s) ? Bh(s) : ze(s);
      if (i)
        for (const o in i)
          t[o] = i[o];
    }
    return t;
  } else if (mt(e) || dt(e))
    return e;
}
const Lh = /;(?![^(]*\))/g, Fh = /:([^]+)/, $h = /\/\*[^]*?\*\//g;
function Bh(e) {
  const t = {};
  return e.replace($h, "").split(Lh).forEach((n) => {
    if (n) {
      const s = n.split(Fh);
      s.length > 1 && (t[s[0].trim()] = s[1].trim());
    }
  }), t;
}
function jr(e) {
  let t = "";
  if (mt(e))
    t = e;
  else if (U(e))
    for (let n = 0; n < e.length; n++) {
      const s = jr(e[n]);
      s && (t += s + " ");
    }
  else if (dt(e))
    for (const n in e)
      e[n] && (t += n + " ");
  return t.trim();
}
const jh = "html,body,base,head,link,meta,style,title,address,article,aside,footer,header,hgroup,h1,h2,h3,h4,h5,h6,nav,section,div,dd,dl,dt,figcaption,figure,picture,hr,img,li,main,ol,p,pre,ul,a,b,abbr,bdi,bdo,br,cite,code,data,dfn,em,i,kbd,mark,q,rp,rt,ruby,s,samp,small,span,strong,sub,sup,time,u,var,wbr,area,audio,map,track,video,embed,object,param,source,canvas,script,noscript,del,ins,caption,col,colgroup,table,thead,tbody,td,th,tr,button,datalist,fieldset,form,input,label,legend,meter,optgroup,option,output,progress,select,textarea,details,dialog,menu,summary,template,blockquote,iframe,tfoot", Hh = "svg,animate,animateMotion,animateTransform,circle,clipPath,color-profile,defs,desc,discard,ellipse,feBlend,feColorMatrix,feComponentTransfer,feComposite,feConvolveMatrix,feDiffuseLighting,feDisplacementMap,feDistantLight,feDropShadow,feFlood,feFuncA,feFuncB,feFuncG,feFuncR,feGaussianBlur,feImage,feMerge,feMergeNode,feMorphology,feOffset,fePointLight,feSpecularLighting,feSpotLight,feTile,feTurbulence,filter,foreignObject,g,hatch,hatchpath,image,line,linearGradient,marker,mask,mesh,meshgradient,meshpatch,meshrow,metadata,mpath,path,pattern,polygon,polyline,radialGradient,rect,set,solidcolor,stop,switch,symbol,text,textPath,title,tspan,unknown,use,view", zh = "annotation,annotation-xml,maction,maligngroup,malignmark,math,menclose,merror,mfenced,mfrac,mfraction,mglyph,mi,mlabeledtr,mlongdiv,mmultiscripts,mn,mo,mover,mpadded,mphantom,mprescripts,mroot,mrow,ms,mscarries,mscarry,msgroup,msline,mspace,msqrt,msrow,mstack,mstyle,msub,msubsup,msup,mtable,mtd,mtext,mtr,munder,munderover,none,semantics", Wh = /* @__PURE__ */ qe(jh), Uh = /* @__PURE__ */ qe(Hh), Yh = /* @__PURE__ */ qe(zh), Kh = "itemscope,allowfullscreen,formnovalidate,ismap,nomodule,novalidate,readonly", qh = /* @__PURE__ */ qe(Kh);
function Gc(e) {
  return !!e || e === "";
}
const Zc = (e) => !!(e && e.__v_isRef === !0), Un = (e) => mt(e) ? e : e == null ? "" : U(e) || dt(e) && (e.toString === Xc || !K(e.toString)) ? Zc(e) ? Un(e.value) : JSON.stringify(e, Jc, 2) : String(e), Jc = (e, t) => Zc(t) ? Jc(e, t.value) : Nn(t) ? {
  [`Map(${t.size})`]: [...t.entries()].reduce(
    (n, [s, i], o) => (n[So(s, o) + " =>"] = i, n),
    {}
  )
} : qc(t) ? {
  [`Set(${t.size})`]: [...t.values()].map((n) => So(n))
} : fn(t) ? So(t) : dt(t) && !U(t) && !lo(t) ? String(t) : t, So = (e, t = "") => {
  var n;
  return (
    // Symbol.description in es2019+ so we need to cast here to pass
    // the lib: es2016 check
    fn(e) ? `Symbol(${(n = e.description) != null ? n : t})` : e
  );
};
var gt = {};
function Ae(e, ...t) {
  console.warn(`[Vue warn] ${e}`, ...t);
}
let Zt;
class Xh {
  constructor(t = !1) {
    this.detached = t, this._active = !0, this.effects = [], this.cleanups = [], this._isPaused = !1, this.parent = Zt, !t && Zt && (this.index = (Zt.scopes || (Zt.scopes = [])).push(
      this
    ) - 1);
  }
  get active() {
    return this._active;
  }
  pause() {
    if (this._active) {
      this._isPaused = !0;
      let t, n;
      if (this.scopes)
        for (t = 0, n = this.scopes.length; t < n; t++)
          this.scopes[t].pause();
      for (t = 0, n = this.effects.length; t < n; t++)
        this.effects[t].pause();
    }
  }
  /**
   * Resumes the effect scope, including all child scopes and effects.
   */
  resume() {
    if (this._active && this._isPaused) {
      this._isPaused = !1;
      let t, n;
      if (this.scopes)
        for (t = 0, n = this.scopes.length; t < n; t++)
          this.scopes[t].resume();
      for (t = 0, n = this.effects.length; t < n; t++)
        this.effects[t].resume();
    }
  }
  run(t) {
    if (this._active) {
      const n = Zt;
      try {
        return Zt = this, t();
      } finally {
        Zt = n;
      }
    } else gt.NODE_ENV !== "production" && Ae("cannot run an inactive effect scope.");
  }
  /**
   * This should only be called on non-detached scopes
   * @internal
   */
  on() {
    Zt = this;
  }
  /**
   * This should only be called on non-detached scopes
   * @internal
   */
  off() {
    Zt = this.parent;
  }
  stop(t) {
    if (this._active) {
      this._active = !1;
      let n, s;
      for (n = 0, s = this.effects.length; n < s; n++)
        this.effects[n].stop();
      for (this.effects.length = 0, n = 0, s = this.cleanups.length; n < s; n++)
        this.cleanups[n]();
      if (this.cleanups.length = 0, this.scopes) {
        for (n = 0, s = this.scopes.length; n < s; n++)
          this.scopes[n].stop(!0);
        this.scopes.length = 0;
      }
      if (!this.detached && this.parent && !t) {
        const i = this.parent.scopes.pop();
        i && i !== this && (this.parent.scopes[this.index] = i, i.index = this.index);
      }
      this.parent = void 0;
    }
  }
}
function Gh() {
  return Zt;
}
let lt;
const Mo = /* @__PURE__ */ new WeakSet();
class Qc {
  constructor(t) {
    this.fn = t, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, Zt && Zt.active && Zt.effects.push(this);
  }
  pause() {
    this.flags |= 64;
  }
  resume() {
    this.flags & 64 && (this.flags &= -65, Mo.has(this) && (Mo.delete(this), this.trigger()));
  }
  /**
   * @internal
   */
  notify() {
    this.flags & 2 && !(this.flags & 32) || this.flags & 8 || ef(this);
  }
  run() {
    if (!(this.flags & 1))
      return this.fn();
    this.flags |= 2, Ta(this), nf(this);
    const t = lt, n = pe;
    lt = this, pe = !0;
    try {
      return this.fn();
    } finally {
      gt.NODE_ENV !== "production" && lt !== this && Ae(
        "Active effect was not restored correctly - this is likely a Vue internal bug."
      ), sf(this), lt = t, pe = n, this.flags &= -3;
    }
  }
  stop() {
    if (this.flags & 1) {
      for (let t = this.deps; t; t = t.nextDep)
        Wr(t);
      this.deps = this.depsTail = void 0, Ta(this), this.onStop && this.onStop(), this.flags &= -2;
    }
  }
  trigger() {
    this.flags & 64 ? Mo.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
  }
  /**
   * @internal
   */
  runIfDirty() {
    ir(this) && this.run();
  }
  get dirty() {
    return ir(this);
  }
}
let tf = 0, Ns, Ss;
function ef(e, t = !1) {
  if (e.flags |= 8, t) {
    e.next = Ss, Ss = e;
    return;
  }
  e.next = Ns, Ns = e;
}
function Hr() {
  tf++;
}
function zr() {
  if (--tf > 0)
    return;
  if (Ss) {
    let t = Ss;
    for (Ss = void 0; t; ) {
      const n = t.next;
      t.next = void 0, t.flags &= -9, t = n;
    }
  }
  let e;
  for (; Ns; ) {
    let t = Ns;
    for (Ns = void 0; t; ) {
      const n = t.next;
      if (t.next = void 0, t.flags &= -9, t.flags & 1)
        try {
          t.trigger();
        } catch (s) {
          e || (e = s);
        }
      t = n;
    }
  }
  if (e) throw e;
}
function nf(e) {
  for (let t = e.deps; t; t = t.nextDep)
    t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function sf(e) {
  let t, n = e.depsTail, s = n;
  for (; s; ) {
    const i = s.prevDep;
    s.version === -1 ? (s === n && (n = i), Wr(s), Zh(s)) : t = s, s.dep.activeLink = s.prevActiveLink, s.prevActiveLink = void 0, s = i;
  }
  e.deps = t, e.depsTail = n;
}
function ir(e) {
  for (let t = e.deps; t; t = t.nextDep)
    if (t.dep.version !== t.version || t.dep.computed && (of(t.dep.computed) || t.dep.version !== t.version))
      return !0;
  return !!e._dirty;
}
function of(e) {
  if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === Is))
    return;
  e.globalVersion = Is;
  const t = e.dep;
  if (e.flags |= 2, t.version > 0 && !e.isSSR && e.deps && !ir(e)) {
    e.flags &= -3;
    return;
  }
  const n = lt, s = pe;
  lt = e, pe = !0;
  try {
    nf(e);
    const i = e.fn(e._value);
    (t.version === 0 || Sn(i, e._value)) && (e._value = i, t.version++);
  } catch (i) {
    throw t.version++, i;
  } finally {
    lt = n, pe = s, sf(e), e.flags &= -3;
  }
}
function Wr(e, t = !1) {
  const { dep: n, prevSub: s, nextSub: i } = e;
  if (s && (s.nextSub = i, e.prevSub = void 0), i && (i.prevSub = s, e.nextSub = void 0), gt.NODE_ENV !== "production" && n.subsHead === e && (n.subsHead = i), n.subs === e && (n.subs = s, !s && n.computed)) {
    n.computed.flags &= -5;
    for (let o = n.computed.deps; o; o = o.nextDep)
      Wr(o, !0);
  }
  !t && !--n.sc && n.map && n.map.delete(n.key);
}
function Zh(e) {
  const { prevDep: t, nextDep: n } = e;
  t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
let pe = !0;
const rf = [];
function Xe() {
  rf.push(pe), pe = !1;
}
function Ge() {
  const e = rf.pop();
  pe = e === void 0 ? !0 : e;
}
function Ta(e) {
  const { cleanup: t } = e;
  if (e.cleanup = void 0, t) {
    const n = lt;
    lt = void 0;
    try {
      t();
    } finally {
      lt = n;
    }
  }
}
let Is = 0;
class Jh {
  constructor(t, n) {
    this.sub = t, this.dep = n, this.version = n.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
  }
}
class af {
  constructor(t) {
    this.computed = t, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, gt.NODE_ENV !== "production" && (this.subsHead = void 0);
  }
  track(t) {
    if (!lt || !pe || lt === this.computed)
      return;
    let n = this.activeLink;
    if (n === void 0 || n.sub !== lt)
      n = this.activeLink = new Jh(lt, this), lt.deps ? (n.prevDep = lt.depsTail, lt.depsTail.nextDep = n, lt.depsTail = n) : lt.deps = lt.depsTail = n, lf(n);
    else if (n.version === -1 && (n.version = this.version, n.nextDep)) {
      const s = n.nextDep;
      s.prevDep = n.prevDep, n.prevDep && (n.prevDep.nextDep = s), n.prevDep = lt.depsTail, n.nextDep = void 0, lt.depsTail.nextDep = n, lt.depsTail = n, lt.deps === n && (lt.deps = s);
    }
    return gt.NODE_ENV !== "production" && lt.onTrack && lt.onTrack(
      _t(
        {
          effect: lt
        },
        t
      )
    ), n;
  }
  trigger(t) {
    this.version++, Is++, this.notify(t);
  }
  notify(t) {
    Hr();
    try {
      if (gt.NODE_ENV !== "production")
        for (let n = this.subsHead; n; n = n.nextSub)
          n.sub.onTrigger && !(n.sub.flags & 8) && n.sub.onTrigger(
            _t(
              {
                effect: n.sub
              },
              t
            )
          );
      for (let n = this.subs; n; n = n.prevSub)
        n.sub.notify() && n.sub.dep.notify();
    } finally {
      zr();
    }
  }
}
function lf(e) {
  if (e.dep.sc++, e.sub.flags & 4) {
    const t = e.dep.computed;
    if (t && !e.dep.subs) {
      t.flags |= 20;
      for (let s = t.deps; s; s = s.nextDep)
        lf(s);
    }
    const n = e.dep.subs;
    n !== e && (e.prevSub = n, n && (n.nextSub = e)), gt.NODE_ENV !== "production" && e.dep.subsHead === void 0 && (e.dep.subsHead = e), e.dep.subs = e;
  }
}
const or = /* @__PURE__ */ new WeakMap(), Mn = Symbol(
  gt.NODE_ENV !== "production" ? "Object iterate" : ""
), rr = Symbol(
  gt.NODE_ENV !== "production" ? "Map keys iterate" : ""
), Rs = Symbol(
  gt.NODE_ENV !== "production" ? "Array iterate" : ""
);
function Nt(e, t, n) {
  if (pe && lt) {
    let s = or.get(e);
    s || or.set(e, s = /* @__PURE__ */ new Map());
    let i = s.get(n);
    i || (s.set(n, i = new af()), i.map = s, i.key = n), gt.NODE_ENV !== "production" ? i.track({
      target: e,
      type: t,
      key: n
    }) : i.track();
  }
}
function Se(e, t, n, s, i, o) {
  const r = or.get(e);
  if (!r) {
    Is++;
    return;
  }
  const a = (l) => {
    l && (gt.NODE_ENV !== "production" ? l.trigger({
      target: e,
      type: t,
      key: n,
      newValue: s,
      oldValue: i,
      oldTarget: o
    }) : l.trigger());
  };
  if (Hr(), t === "clear")
    r.forEach(a);
  else {
    const l = U(e), c = l && Br(n);
    if (l && n === "length") {
      const f = Number(s);
      r.forEach((u, h) => {
        (h === "length" || h === Rs || !fn(h) && h >= f) && a(u);
      });
    } else
      switch ((n !== void 0 || r.has(void 0)) && a(r.get(n)), c && a(r.get(Rs)), t) {
        case "add":
          l ? c && a(r.get("length")) : (a(r.get(Mn)), Nn(e) && a(r.get(rr)));
          break;
        case "delete":
          l || (a(r.get(Mn)), Nn(e) && a(r.get(rr)));
          break;
        case "set":
          Nn(e) && a(r.get(Mn));
          break;
      }
  }
  zr();
}
function Fn(e) {
  const t = et(e);
  return t === e ? t : (Nt(t, "iterate", Rs), Xt(e) ? t : t.map(Ut));
}
function uo(e) {
  return Nt(e = et(e), "iterate", Rs), e;
}
const Qh = {
  __proto__: null,
  [Symbol.iterator]() {
    return ko(this, Symbol.iterator, Ut);
  },
  concat(...e) {
    return Fn(this).concat(
      ...e.map((t) => U(t) ? Fn(t) : t)
    );
  },
  entries() {
    return ko(this, "entries", (e) => (e[1] = Ut(e[1]), e));
  },
  every(e, t) {
    return Re(this, "every", e, t, void 0, arguments);
  },
  filter(e, t) {
    return Re(this, "filter", e, t, (n) => n.map(Ut), arguments);
  },
  find(e, t) {
    return Re(this, "find", e, t, Ut, arguments);
  },
  findIndex(e, t) {
    return Re(this, "findIndex", e, t, void 0, arguments);
  },
  findLast(e, t) {
    return Re(this, "findLast", e, t, Ut, arguments);
  },
  findLastIndex(e, t) {
    return Re(this, "findLastIndex", e, t, void 0, arguments);
  },
  // flat, flatMap could benefit from ARRAY_ITERATE but are not straight-forward to implement
  forEach(e, t) {
    return Re(this, "forEach", e, t, void 0, arguments);
  },
  includes(...e) {
    return Do(this, "includes", e);
  },
  indexOf(...e) {
    return Do(this, "indexOf", e);
  },
  join(e) {
    return Fn(this).join(e);
  },
  // keys() iterator only reads `length`, no optimisation required
  lastIndexOf(...e) {
    return Do(this, "lastIndexOf", e);
  },
  map(e, t) {
    return Re(this, "map", e, t, void 0, arguments);
  },
  pop() {
    return us(this, "pop");
  },
  push(...e) {
    return us(this, "push", e);
  },
  reduce(e, ...t) {
    return Aa(this, "reduce", e, t);
  },
  reduceRight(e, ...t) {
    return Aa(this, "reduceRight", e, t);
  },
  shift() {
    return us(this, "shift");
  },
  // slice could use ARRAY_ITERATE but also seems to beg for range tracking
  some(e, t) {
    return Re(this, "some", e, t, void 0, arguments);
  },
  splice(...e) {
    return us(this, "splice", e);
  },
  toReversed() {
    return Fn(this).toReversed();
  },
  toSorted(e) {
    return Fn(this).toSorted(e);
  },
  toSpliced(...e) {
    return Fn(this).toSpliced(...e);
  },
  unshift(...e) {
    return us(this, "unshift", e);
  },
  values() {
    return ko(this, "values", Ut);
  }
};
function ko(e, t, n) {
  const s = uo(e), i = s[t]();
  return s !== e && !Xt(e) && (i._next = i.next, i.next = () => {
    const o = i._next();
    return o.value && (o.value = n(o.value)), o;
  }), i;
}
const td = Array.prototype;
function Re(e, t, n, s, i, o) {
  const r = uo(e), a = r !== e && !Xt(e), l = r[t];
  if (l !== td[t]) {
    const u = l.apply(e, o);
    return a ? Ut(u) : u;
  }
  let c = n;
  r !== e && (a ? c = function(u, h) {
    return n.call(this, Ut(u), h, e);
  } : n.length > 2 && (c = function(u, h) {
    return n.call(this, u, h, e);
  }));
  const f = l.call(r, c, s);
  return a && i ? i(f) : f;
}
function Aa(e, t, n, s) {
  const i = uo(e);
  let o = n;
  return i !== e && (Xt(e) ? n.length > 3 && (o = function(r, a, l) {
    return n.call(this, r, a, l, e);
  }) : o = function(r, a, l) {
    return n.call(this, r, Ut(a), l, e);
  }), i[t](o, ...s);
}
function Do(e, t, n) {
  const s = et(e);
  Nt(s, "iterate", Rs);
  const i = s[t](...n);
  return (i === -1 || i === !1) && Bi(n[0]) ? (n[0] = et(n[0]), s[t](...n)) : i;
}
function us(e, t, n = []) {
  Xe(), Hr();
  const s = et(e)[t].apply(e, n);
  return zr(), Ge(), s;
}
const ed = /* @__PURE__ */ qe("__proto__,__v_isRef,__isVue"), cf = new Set(
  /* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(fn)
);
function nd(e) {
  fn(e) || (e = String(e));
  const t = et(this);
  return Nt(t, "has", e), t.hasOwnProperty(e);
}
class ff {
  constructor(t = !1, n = !1) {
    this._isReadonly = t, this._isShallow = n;
  }
  get(t, n, s) {
    if (n === "__v_skip") return t.__v_skip;
    const i = this._isReadonly, o = this._isShallow;
    if (n === "__v_isReactive")
      return !i;
    if (n === "__v_isReadonly")
      return i;
    if (n === "__v_isShallow")
      return o;
    if (n === "__v_raw")
      return s === (i ? o ? mf : gf : o ? pf : df).get(t) || // receiver is not the reactive proxy, but has the same prototype
      // this means the receiver is a user proxy of the reactive proxy
      Object.getPrototypeOf(t) === Object.getPrototypeOf(s) ? t : void 0;
    const r = U(t);
    if (!i) {
      let l;
      if (r && (l = Qh[n]))
        return l;
      if (n === "hasOwnProperty")
        return nd;
    }
    const a = Reflect.get(
      t,
      n,
      // if this is a proxy wrapping a ref, return methods using the raw ref
      // as receiver so that we don't have to call `toRaw` on the ref in all
      // its class methods
      Mt(t) ? t : s
    );
    return (fn(n) ? cf.has(n) : ed(n)) || (i || Nt(t, "get", n), o) ? a : Mt(a) ? r && Br(n) ? a : a.value : dt(a) ? i ? bf(a) : Ur(a) : a;
  }
}
class uf extends ff {
  constructor(t = !1) {
    super(!1, t);
  }
  set(t, n, s, i) {
    let o = t[n];
    if (!this._isShallow) {
      const l = rn(o);
      if (!Xt(s) && !rn(s) && (o = et(o), s = et(s)), !U(t) && Mt(o) && !Mt(s))
        return l ? !1 : (o.value = s, !0);
    }
    const r = U(t) && Br(n) ? Number(n) < t.length : rt(t, n), a = Reflect.set(
      t,
      n,
      s,
      Mt(t) ? t : i
    );
    return t === et(i) && (r ? Sn(s, o) && Se(t, "set", n, s, o) : Se(t, "add", n, s)), a;
  }
  deleteProperty(t, n) {
    const s = rt(t, n), i = t[n], o = Reflect.deleteProperty(t, n);
    return o && s && Se(t, "delete", n, void 0, i), o;
  }
  has(t, n) {
    const s = Reflect.has(t, n);
    return (!fn(n) || !cf.has(n)) && Nt(t, "has", n), s;
  }
  ownKeys(t) {
    return Nt(
      t,
      "iterate",
      U(t) ? "length" : Mn
    ), Reflect.ownKeys(t);
  }
}
class hf extends ff {
  constructor(t = !1) {
    super(!0, t);
  }
  set(t, n) {
    return gt.NODE_ENV !== "production" && Ae(
      `Set operation on key "${String(n)}" failed: target is readonly.`,
      t
    ), !0;
  }
  deleteProperty(t, n) {
    return gt.NODE_ENV !== "production" && Ae(
      `Delete operation on key "${String(n)}" failed: target is readonly.`,
      t
    ), !0;
  }
}
const sd = /* @__PURE__ */ new uf(), id = /* @__PURE__ */ new hf(), od = /* @__PURE__ */ new uf(!0), rd = /* @__PURE__ */ new hf(!0), ar = (e) => e, ti = (e) => Reflect.getPrototypeOf(e);
function ad(e, t, n) {
  return function(...s) {
    const i = this.__v_raw, o = et(i), r = Nn(o), a = e === "entries" || e === Symbol.iterator && r, l = e === "keys" && r, c = i[e](...s), f = n ? ar : t ? lr : Ut;
    return !t && Nt(
      o,
      "iterate",
      l ? rr : Mn
    ), {
      // iterator protocol
      next() {
        const { value: u, done: h } = c.next();
        return h ? { value: u, done: h } : {
          value: a ? [f(u[0]), f(u[1])] : f(u),
          done: h
        };
      },
      // iterable protocol
      [Symbol.iterator]() {
        return this;
      }
    };
  };
}
function ei(e) {
  return function(...t) {
    if (gt.NODE_ENV !== "production") {
      const n = t[0] ? `on key "${t[0]}" ` : "";
      Ae(
        `${fo(e)} operation ${n}failed: target is readonly.`,
        et(this)
      );
    }
    return e === "delete" ? !1 : e === "clear" ? void 0 : this;
  };
}
function ld(e, t) {
  const n = {
    get(i) {
      const o = this.__v_raw, r = et(o), a = et(i);
      e || (Sn(i, a) && Nt(r, "get", i), Nt(r, "get", a));
      const { has: l } = ti(r), c = t ? ar : e ? lr : Ut;
      if (l.call(r, i))
        return c(o.get(i));
      if (l.call(r, a))
        return c(o.get(a));
      o !== r && o.get(i);
    },
    get size() {
      const i = this.__v_raw;
      return !e && Nt(et(i), "iterate", Mn), Reflect.get(i, "size", i);
    },
    has(i) {
      const o = this.__v_raw, r = et(o), a = et(i);
      return e || (Sn(i, a) && Nt(r, "has", i), Nt(r, "has", a)), i === a ? o.has(i) : o.has(i) || o.has(a);
    },
    forEach(i, o) {
      const r = this, a = r.__v_raw, l = et(a), c = t ? ar : e ? lr : Ut;
      return !e && Nt(l, "iterate", Mn), a.forEach((f, u) => i.call(o, c(f), c(u), r));
    }
  };
  return _t(
    n,
    e ? {
      add: ei("add"),
      set: ei("set"),
      delete: ei("delete"),
      clear: ei("clear")
    } : {
      add(i) {
        !t && !Xt(i) && !rn(i) && (i = et(i));
        const o = et(this);
        return ti(o).has.call(o, i) || (o.add(i), Se(o, "add", i, i)), this;
      },
      set(i, o) {
        !t && !Xt(o) && !rn(o) && (o = et(o));
        const r = et(this), { has: a, get: l } = ti(r);
        let c = a.call(r, i);
        c ? gt.NODE_ENV !== "production" && Va(r, a, i) : (i = et(i), c = a.call(r, i));
        const f = l.call(r, i);
        return r.set(i, o), c ? Sn(o, f) && Se(r, "set", i, o, f) : Se(r, "add", i, o), this;
      },
      delete(i) {
        const o = et(this), { has: r, get: a } = ti(o);
        let l = r.call(o, i);
        l ? gt.NODE_ENV !== "production" && Va(o, r, i) : (i = et(i), l = r.call(o, i));
        const c = a ? a.call(o, i) : void 0, f = o.delete(i);
        return l && Se(o, "delete", i, void 0, c), f;
      },
      clear() {
        const i = et(this), o = i.size !== 0, r = gt.NODE_ENV !== "production" ? Nn(i) ? new Map(i) : new Set(i) : void 0, a = i.clear();
        return o && Se(
          i,
          "clear",
          void 0,
          void 0,
          r
        ), a;
      }
    }
  ), [
    "keys",
    "values",
    "entries",
    Symbol.iterator
  ].forEach((i) => {
    n[i] = ad(i, e, t);
  }), n;
}
function ho(e, t) {
  const n = ld(e, t);
  return (s, i, o) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_raw" ? s : Reflect.get(
    rt(n, i) && i in s ? n : s,
    i,
    o
  );
}
const cd = {
  get: /* @__PURE__ */ ho(!1, !1)
}, fd = {
  get: /* @__PURE__ */ ho(!1, !0)
}, ud = {
  get: /* @__PURE__ */ ho(!0, !1)
}, hd = {
  get: /* @__PURE__ */ ho(!0, !0)
};
function Va(e, t, n) {
  const s = et(n);
  if (s !== n && t.call(e, s)) {
    const i = $r(e);
    Ae(
      `Reactive ${i} contains both the raw and reactive versions of the same object${i === "Map" ? " as keys" : ""}, which can lead to inconsistencies. Avoid differentiating between the raw and reactive versions of an object and only use the reactive version if possible.`
    );
  }
}
const df = /* @__PURE__ */ new WeakMap(), pf = /* @__PURE__ */ new WeakMap(), gf = /* @__PURE__ */ new WeakMap(), mf = /* @__PURE__ */ new WeakMap();
function dd(e) {
  switch (e) {
    case "Object":
    case "Array":
      return 1;
    case "Map":
    case "Set":
    case "WeakMap":
    case "WeakSet":
      return 2;
    default:
      return 0;
  }
}
function pd(e) {
  return e.__v_skip || !Object.isExtensible(e) ? 0 : dd($r(e));
}
function Ur(e) {
  return rn(e) ? e : po(
    e,
    !1,
    sd,
    cd,
    df
  );
}
function gd(e) {
  return po(
    e,
    !1,
    od,
    fd,
    pf
  );
}
function bf(e) {
  return po(
    e,
    !0,
    id,
    ud,
    gf
  );
}
function ke(e) {
  return po(
    e,
    !0,
    rd,
    hd,
    mf
  );
}
function po(e, t, n, s, i) {
  if (!dt(e))
    return gt.NODE_ENV !== "production" && Ae(
      `value cannot be made ${t ? "readonly" : "reactive"}: ${String(
        e
      )}`
    ), e;
  if (e.__v_raw && !(t && e.__v_isReactive))
    return e;
  const o = i.get(e);
  if (o)
    return o;
  const r = pd(e);
  if (r === 0)
    return e;
  const a = new Proxy(
    e,
    r === 2 ? s : n
  );
  return i.set(e, a), a;
}
function kn(e) {
  return rn(e) ? kn(e.__v_raw) : !!(e && e.__v_isReactive);
}
function rn(e) {
  return !!(e && e.__v_isReadonly);
}
function Xt(e) {
  return !!(e && e.__v_isShallow);
}
function Bi(e) {
  return e ? !!e.__v_raw : !1;
}
function et(e) {
  const t = e && e.__v_raw;
  return t ? et(t) : e;
}
function md(e) {
  return !rt(e, "__v_skip") && Object.isExtensible(e) && $i(e, "__v_skip", !0), e;
}
const Ut = (e) => dt(e) ? Ur(e) : e, lr = (e) => dt(e) ? bf(e) : e;
function Mt(e) {
  return e ? e.__v_isRef === !0 : !1;
}
function _f(e) {
  return Mt(e) ? e.value : e;
}
const bd = {
  get: (e, t, n) => t === "__v_raw" ? e : _f(Reflect.get(e, t, n)),
  set: (e, t, n, s) => {
    const i = e[t];
    return Mt(i) && !Mt(n) ? (i.value = n, !0) : Reflect.set(e, t, n, s);
  }
};
function yf(e) {
  return kn(e) ? e : new Proxy(e, bd);
}
class _d {
  constructor(t, n, s) {
    this.fn = t, this.setter = n, this._value = void 0, this.dep = new af(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = Is - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !n, this.isSSR = s;
  }
  /**
   * @internal
   */
  notify() {
    if (this.flags |= 16, !(this.flags & 8) && // avoid infinite self recursion
    lt !== this)
      return ef(this, !0), !0;
  }
  get value() {
    const t = gt.NODE_ENV !== "production" ? this.dep.track({
      target: this,
      type: "get",
      key: "value"
    }) : this.dep.track();
    return of(this), t && (t.version = this.dep.version), this._value;
  }
  set value(t) {
    this.setter ? this.setter(t) : gt.NODE_ENV !== "production" && Ae("Write operation failed: computed value is readonly");
  }
}
function yd(e, t, n = !1) {
  let s, i;
  return K(e) ? s = e : (s = e.get, i = e.set), new _d(s, i, n);
}
const ni = {}, ji = /* @__PURE__ */ new WeakMap();
let xn;
function xd(e, t = !1, n = xn) {
  if (n) {
    let s = ji.get(n);
    s || ji.set(n, s = []), s.push(e);
  } else gt.NODE_ENV !== "production" && !t && Ae(
    "onWatcherCleanup() was called when there was no active watcher to associate with."
  );
}
function vd(e, t, n = ut) {
  const { immediate: s, deep: i, once: o, scheduler: r, augmentJob: a, call: l } = n, c = (w) => {
    (n.onWarn || Ae)(
      "Invalid watch source: ",
      w,
      "A watch source can only be a getter/effect function, a ref, a reactive object, or an array of these types."
    );
  }, f = (w) => i ? w : Xt(w) || i === !1 || i === 0 ? tn(w, 1) : tn(w);
  let u, h, d, g, m = !1, b = !1;
  if (Mt(e) ? (h = () => e.value, m = Xt(e)) : kn(e) ? (h = () => f(e), m = !0) : U(e) ? (b = !0, m = e.some((w) => kn(w) || Xt(w)), h = () => e.map((w) => {
    if (Mt(w))
      return w.value;
    if (kn(w))
      return f(w);
    if (K(w))
      return l ? l(w, 2) : w();
    gt.NODE_ENV !== "production" && c(w);
  })) : K(e) ? t ? h = l ? () => l(e, 2) : e : h = () => {
    if (d) {
      Xe();
      try {
        d();
      } finally {
        Ge();
      }
    }
    const w = xn;
    xn = u;
    try {
      return l ? l(e, 3, [g]) : e(g);
    } finally {
      xn = w;
    }
  } : (h = St, gt.NODE_ENV !== "production" && c(e)), t && i) {
    const w = h, S = i === !0 ? 1 / 0 : i;
    h = () => tn(w(), S);
  }
  const y = Gh(), N = () => {
    u.stop(), y && y.active && Lr(y.effects, u);
  };
  if (o && t) {
    const w = t;
    t = (...S) => {
      w(...S), N();
    };
  }
  let D = b ? new Array(e.length).fill(ni) : ni;
  const P = (w) => {
    if (!(!(u.flags & 1) || !u.dirty && !w))
      if (t) {
        const S = u.run();
        if (i || m || (b ? S.some((v, O) => Sn(v, D[O])) : Sn(S, D))) {
          d && d();
          const v = xn;
          xn = u;
          try {
            const O = [
              S,
              // pass undefined as the old value when it's changed for the first time
              D === ni ? void 0 : b && D[0] === ni ? [] : D,
              g
            ];
            l ? l(t, 3, O) : (
              // @ts-expect-error
              t(...O)
            ), D = S;
          } finally {
            xn = v;
          }
        }
      } else
        u.run();
  };
  return a && a(P), u = new Qc(h), u.scheduler = r ? () => r(P, !1) : P, g = (w) => xd(w, !1, u), d = u.onStop = () => {
    const w = ji.get(u);
    if (w) {
      if (l)
        l(w, 4);
      else
        for (const S of w) S();
      ji.delete(u);
    }
  }, gt.NODE_ENV !== "production" && (u.onTrack = n.onTrack, u.onTrigger = n.onTrigger), t ? s ? P(!0) : D = u.run() : r ? r(P.bind(null, !0), !0) : u.run(), N.pause = u.pause.bind(u), N.resume = u.resume.bind(u), N.stop = N, N;
}
function tn(e, t = 1 / 0, n) {
  if (t <= 0 || !dt(e) || e.__v_skip || (n = n || /* @__PURE__ */ new Set(), n.has(e)))
    return e;
  if (n.add(e), t--, Mt(e))
    tn(e.value, t, n);
  else if (U(e))
    for (let s = 0; s < e.length; s++)
      tn(e[s], t, n);
  else if (qc(e) || Nn(e))
    e.forEach((s) => {
      tn(s, t, n);
    });
  else if (lo(e)) {
    for (const s in e)
      tn(e[s], t, n);
    for (const s of Object.getOwnPropertySymbols(e))
      Object.prototype.propertyIsEnumerable.call(e, s) && tn(e[s], t, n);
  }
  return e;
}
var x = {};
const Dn = [];
function Ni(e) {
  Dn.push(e);
}
function Si() {
  Dn.pop();
}
let Co = !1;
function I(e, ...t) {
  if (Co) return;
  Co = !0, Xe();
  const n = Dn.length ? Dn[Dn.length - 1].component : null, s = n && n.appContext.config.warnHandler, i = wd();
  if (s)
    es(
      s,
      n,
      11,
      [
        // eslint-disable-next-line no-restricted-syntax
        e + t.map((o) => {
          var r, a;
          return (a = (r = o.toString) == null ? void 0 : r.call(o)) != null ? a : JSON.stringify(o);
        }).join(""),
        n && n.proxy,
        i.map(
          ({ vnode: o }) => `at <${yo(n, o.type)}>`
        ).join(`
`),
        i
      ]
    );
  else {
    const o = [`[Vue warn]: ${e}`, ...t];
    i.length && o.push(`
`, ...Ed(i)), console.warn(...o);
  }
  Ge(), Co = !1;
}
function wd() {
  let e = Dn[Dn.length - 1];
  if (!e)
    return [];
  const t = [];
  for (; e; ) {
    const n = t[0];
    n && n.vnode === e ? n.recurseCount++ : t.push({
      vnode: e,
      recurseCount: 0
    });
    const s = e.component && e.component.parent;
    e = s && s.vnode;
  }
  return t;
}
function Ed(e) {
  const t = [];
  return e.forEach((n, s) => {
    t.push(...s === 0 ? [] : [`
`], ...Od(n));
  }), t;
}
function Od({ vnode: e, recurseCount: t }) {
  const n = t > 0 ? `... (${t} recursive calls)` : "", s = e.component ? e.component.parent == null : !1, i = ` at <${yo(
    e.component,
    e.type,
    s
  )}`, o = ">" + n;
  return e.props ? [i, ...Nd(e.props), o] : [i + o];
}
function Nd(e) {
  const t = [], n = Object.keys(e);
  return n.slice(0, 3).forEach((s) => {
    t.push(...xf(s, e[s]));
  }), n.length > 3 && t.push(" ..."), t;
}
function xf(e, t, n) {
  return mt(t) ? (t = JSON.stringify(t), n ? t : [`${e}=${t}`]) : typeof t == "number" || typeof t == "boolean" || t == null ? n ? t : [`${e}=${t}`] : Mt(t) ? (t = xf(e, et(t.value), !0), n ? t : [`${e}=Ref<`, t, ">"]) : K(t) ? [`${e}=fn${t.name ? `<${t.name}>` : ""}`] : (t = et(t), n ? t : [`${e}=`, t]);
}
const Yr = {
  sp: "serverPrefetch hook",
  bc: "beforeCreate hook",
  c: "created hook",
  bm: "beforeMount hook",
  m: "mounted hook",
  bu: "beforeUpdate hook",
  u: "updated",
  bum: "beforeUnmount hook",
  um: "unmounted hook",
  a: "activated hook",
  da: "deactivated hook",
  ec: "errorCaptured hook",
  rtc: "renderTracked hook",
  rtg: "renderTriggered hook",
  0: "setup function",
  1: "render function",
  2: "watcher getter",
  3: "watcher callback",
  4: "watcher cleanup function",
  5: "native event handler",
  6: "component event handler",
  7: "vnode hook",
  8: "directive hook",
  9: "transition hook",
  10: "app errorHandler",
  11: "app warnHandler",
  12: "ref function",
  13: "async component loader",
  14: "scheduler flush",
  15: "component update",
  16: "app unmount cleanup function"
};
function es(e, t, n, s) {
  try {
    return s ? e(...s) : e();
  } catch (i) {
    Ks(i, t, n);
  }
}
function Ve(e, t, n, s) {
  if (K(e)) {
    const i = es(e, t, n, s);
    return i && Fr(i) && i.catch((o) => {
      Ks(o, t, n);
    }), i;
  }
  if (U(e)) {
    const i = [];
    for (let o = 0; o < e.length; o++)
      i.push(Ve(e[o], t, n, s));
    return i;
  } else x.NODE_ENV !== "production" && I(
    `Invalid value type passed to callWithAsyncErrorHandling(): ${typeof e}`
  );
}
function Ks(e, t, n, s = !0) {
  const i = t ? t.vnode : null, { errorHandler: o, throwUnhandledErrorInProduction: r } = t && t.appContext.config || ut;
  if (t) {
    let a = t.parent;
    const l = t.proxy, c = x.NODE_ENV !== "production" ? Yr[n] : `https://vuejs.org/error-reference/#runtime-${n}`;
    for (; a; ) {
      const f = a.ec;
      if (f) {
        for (let u = 0; u < f.length; u++)
          if (f[u](e, l, c) === !1)
            return;
      }
      a = a.parent;
    }
    if (o) {
      Xe(), es(o, null, 10, [
        e,
        l,
        c
      ]), Ge();
      return;
    }
  }
  Sd(e, n, i, s, r);
}
function Sd(e, t, n, s = !0, i = !1) {
  if (x.NODE_ENV !== "production") {
    const o = Yr[t];
    if (n && Ni(n), I(`Unhandled error${o ? ` during execution of ${o}` : ""}`), n && Si(), s)
      throw e;
    console.error(e);
  } else {
    if (i)
      throw e;
    console.error(e);
  }
}
const Ht = [];
let Ee = -1;
const qn = [];
let Je = null, Yn = 0;
const vf = /* @__PURE__ */ Promise.resolve();
let Hi = null;
const Md = 100;
function wf(e) {
  const t = Hi || vf;
  return e ? t.then(this ? e.bind(this) : e) : t;
}
function kd(e) {
  let t = Ee + 1, n = Ht.length;
  for (; t < n; ) {
    const s = t + n >>> 1, i = Ht[s], o = Ls(i);
    o < e || o === e && i.flags & 2 ? t = s + 1 : n = s;
  }
  return t;
}
function go(e) {
  if (!(e.flags & 1)) {
    const t = Ls(e), n = Ht[Ht.length - 1];
    !n || // fast path when the job id is larger than the tail
    !(e.flags & 2) && t >= Ls(n) ? Ht.push(e) : Ht.splice(kd(t), 0, e), e.flags |= 1, Ef();
  }
}
function Ef() {
  Hi || (Hi = vf.then(Sf));
}
function Of(e) {
  U(e) ? qn.push(...e) : Je && e.id === -1 ? Je.splice(Yn + 1, 0, e) : e.flags & 1 || (qn.push(e), e.flags |= 1), Ef();
}
function Ia(e, t, n = Ee + 1) {
  for (x.NODE_ENV !== "production" && (t = t || /* @__PURE__ */ new Map()); n < Ht.length; n++) {
    const s = Ht[n];
    if (s && s.flags & 2) {
      if (e && s.id !== e.uid || x.NODE_ENV !== "production" && Kr(t, s))
        continue;
      Ht.splice(n, 1), n--, s.flags & 4 && (s.flags &= -2), s(), s.flags & 4 || (s.flags &= -2);
    }
  }
}
function Nf(e) {
  if (qn.length) {
    const t = [...new Set(qn)].sort(
      (n, s) => Ls(n) - Ls(s)
    );
    if (qn.length = 0, Je) {
      Je.push(...t);
      return;
    }
    for (Je = t, x.NODE_ENV !== "production" && (e = e || /* @__PURE__ */ new Map()), Yn = 0; Yn < Je.length; Yn++) {
      const n = Je[Yn];
      x.NODE_ENV !== "production" && Kr(e, n) || (n.flags & 4 && (n.flags &= -2), n.flags & 8 || n(), n.flags &= -2);
    }
    Je = null, Yn = 0;
  }
}
const Ls = (e) => e.id == null ? e.flags & 2 ? -1 : 1 / 0 : e.id;
function Sf(e) {
  x.NODE_ENV !== "production" && (e = e || /* @__PURE__ */ new Map());
  const t = x.NODE_ENV !== "production" ? (n) => Kr(e, n) : St;
  try {
    for (Ee = 0; Ee < Ht.length; Ee++) {
      const n = Ht[Ee];
      if (n && !(n.flags & 8)) {
        if (x.NODE_ENV !== "production" && t(n))
          continue;
        n.flags & 4 && (n.flags &= -2), es(
          n,
          n.i,
          n.i ? 15 : 14
        ), n.flags & 4 || (n.flags &= -2);
      }
    }
  } finally {
    for (; Ee < Ht.length; Ee++) {
      const n = Ht[Ee];
      n && (n.flags &= -2);
    }
    Ee = -1, Ht.length = 0, Nf(e), Hi = null, (Ht.length || qn.length) && Sf(e);
  }
}
function Kr(e, t) {
  const n = e.get(t) || 0;
  if (n > Md) {
    const s = t.i, i = s && uu(s.type);
    return Ks(
      `Maximum recursive updates exceeded${i ? ` in component <${i}>` : ""}. This means you have a reactive effect that is mutating its own dependencies and thus recursively triggering itself. Possible sources include component template, render function, updated hook or watcher source function.`,
      null,
      10
    ), !0;
  }
  return e.set(t, n + 1), !1;
}
let he = !1;
const Mi = /* @__PURE__ */ new Map();
x.NODE_ENV !== "production" && (Ys().__VUE_HMR_RUNTIME__ = {
  createRecord: Po(Mf),
  rerender: Po(Pd),
  reload: Po(Td)
});
const Vn = /* @__PURE__ */ new Map();
function Dd(e) {
  const t = e.type.__hmrId;
  let n = Vn.get(t);
  n || (Mf(t, e.type), n = Vn.get(t)), n.instances.add(e);
}
function Cd(e) {
  Vn.get(e.type.__hmrId).instances.delete(e);
}
function Mf(e, t) {
  return Vn.has(e) ? !1 : (Vn.set(e, {
    initialDef: zi(t),
    instances: /* @__PURE__ */ new Set()
  }), !0);
}
function zi(e) {
  return hu(e) ? e.__vccOpts : e;
}
function Pd(e, t) {
  const n = Vn.get(e);
  n && (n.initialDef.render = t, [...n.instances].forEach((s) => {
    t && (s.render = t, zi(s.type).render = t), s.renderCache = [], he = !0, s.update(), he = !1;
  }));
}
function Td(e, t) {
  const n = Vn.get(e);
  if (!n) return;
  t = zi(t), Ra(n.initialDef, t);
  const s = [...n.instances];
  for (let i = 0; i < s.length; i++) {
    const o = s[i], r = zi(o.type);
    let a = Mi.get(r);
    a || (r !== n.initialDef && Ra(r, t), Mi.set(r, a = /* @__PURE__ */ new Set())), a.add(o), o.appContext.propsCache.delete(o.type), o.appContext.emitsCache.delete(o.type), o.appContext.optionsCache.delete(o.type), o.ceReload ? (a.add(o), o.ceReload(t.styles), a.delete(o)) : o.parent ? go(() => {
      he = !0, o.parent.update(), he = !1, a.delete(o);
    }) : o.appContext.reload ? o.appContext.reload() : typeof window < "u" ? window.location.reload() : console.warn(
      "[HMR] Root or manually mounted instance modified. Full reload required."
    ), o.root.ce && o !== o.root && o.root.ce._removeChildStyle(r);
  }
  Of(() => {
    Mi.clear();
  });
}
function Ra(e, t) {
  _t(e, t);
  for (const n in e)
    n !== "__file" && !(n in t) && delete e[n];
}
function Po(e) {
  return (t, n) => {
    try {
      return e(t, n);
    } catch (s) {
      console.error(s), console.warn(
        "[HMR] Something went wrong during Vue component hot-reload. Full reload required."
      );
    }
  };
}
let Me, ys = [], cr = !1;
function qs(e, ...t) {
  Me ? Me.emit(e, ...t) : cr || ys.push({ event: e, args: t });
}
function kf(e, t) {
  var n, s;
  Me = e, Me ? (Me.enabled = !0, ys.forEach(({ event: i, args: o }) => Me.emit(i, ...o)), ys = []) : /* handle late devtools injection - only do this if we are in an actual */ /* browser environment to avoid the timer handle stalling test runner exit */ /* (#4815) */ typeof window < "u" && // some envs mock window but not fully
  window.HTMLElement && // also exclude jsdom
  // eslint-disable-next-line no-restricted-syntax
  !((s = (n = window.navigator) == null ? void 0 : n.userAgent) != null && s.includes("jsdom")) ? ((t.__VUE_DEVTOOLS_HOOK_REPLAY__ = t.__VUE_DEVTOOLS_HOOK_REPLAY__ || []).push((o) => {
    kf(o, t);
  }), setTimeout(() => {
    Me || (t.__VUE_DEVTOOLS_HOOK_REPLAY__ = null, cr = !0, ys = []);
  }, 3e3)) : (cr = !0, ys = []);
}
function Ad(e, t) {
  qs("app:init", e, t, {
    Fragment: Yt,
    Text: Xs,
    Comment: ee,
    Static: Ci
  });
}
function Vd(e) {
  qs("app:unmount", e);
}
const Id = /* @__PURE__ */ qr(
  "component:added"
  /* COMPONENT_ADDED */
), Df = /* @__PURE__ */ qr(
  "component:updated"
  /* COMPONENT_UPDATED */
), Rd = /* @__PURE__ */ qr(
  "component:removed"
  /* COMPONENT_REMOVED */
), Ld = (e) => {
  Me && typeof Me.cleanupBuffer == "function" && // remove the component if it wasn't buffered
  !Me.cleanupBuffer(e) && Rd(e);
};
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function qr(e) {
  return (t) => {
    qs(
      e,
      t.appContext.app,
      t.uid,
      t.parent ? t.parent.uid : void 0,
      t
    );
  };
}
const Fd = /* @__PURE__ */ Cf(
  "perf:start"
  /* PERFORMANCE_START */
), $d = /* @__PURE__ */ Cf(
  "perf:end"
  /* PERFORMANCE_END */
);
function Cf(e) {
  return (t, n, s) => {
    qs(e, t.appContext.app, t.uid, t, n, s);
  };
}
function Bd(e, t, n) {
  qs(
    "component:emit",
    e.appContext.app,
    e,
    t,
    n
  );
}
let Qt = null, Pf = null;
function Wi(e) {
  const t = Qt;
  return Qt = e, Pf = e && e.type.__scopeId || null, t;
}
function jd(e, t = Qt, n) {
  if (!t || e._n)
    return e;
  const s = (...i) => {
    s._d && Za(-1);
    const o = Wi(t);
    let r;
    try {
      r = e(...i);
    } finally {
      Wi(o), s._d && Za(1);
    }
    return x.NODE_ENV !== "production" && Df(t), r;
  };
  return s._n = !0, s._c = !0, s._d = !0, s;
}
function Tf(e) {
  Ah(e) && I("Do not use built-in directive ids as custom directive id: " + e);
}
function pn(e, t, n, s) {
  const i = e.dirs, o = t && t.dirs;
  for (let r = 0; r < i.length; r++) {
    const a = i[r];
    o && (a.oldValue = o[r].value);
    let l = a.dir[s];
    l && (Xe(), Ve(l, n, 8, [
      e.el,
      a,
      e,
      t
    ]), Ge());
  }
}
const Af = Symbol("_vte"), Hd = (e) => e.__isTeleport, Cn = (e) => e && (e.disabled || e.disabled === ""), La = (e) => e && (e.defer || e.defer === ""), Fa = (e) => typeof SVGElement < "u" && e instanceof SVGElement, $a = (e) => typeof MathMLElement == "function" && e instanceof MathMLElement, fr = (e, t) => {
  const n = e && e.to;
  if (mt(n))
    if (t) {
      const s = t(n);
      return x.NODE_ENV !== "production" && !s && !Cn(e) && I(
        `Failed to locate Teleport target with selector "${n}". Note the target element must exist before the component is mounted - i.e. the target cannot be rendered by the component itself, and ideally should be outside of the entire Vue component tree.`
      ), s;
    } else
      return x.NODE_ENV !== "production" && I(
        "Current renderer does not support string target for Teleports. (missing querySelector renderer option)"
      ), null;
  else
    return x.NODE_ENV !== "production" && !n && !Cn(e) && I(`Invalid Teleport target: ${n}`), n;
}, Vf = {
  name: "Teleport",
  __isTeleport: !0,
  process(e, t, n, s, i, o, r, a, l, c) {
    const {
      mc: f,
      pc: u,
      pbc: h,
      o: { insert: d, querySelector: g, createText: m, createComment: b }
    } = c, y = Cn(t.props);
    let { shapeFlag: N, children: D, dynamicChildren: P } = t;
    if (x.NODE_ENV !== "production" && he && (l = !1, P = null), e == null) {
      const w = t.el = x.NODE_ENV !== "production" ? b("teleport start") : m(""), S = t.anchor = x.NODE_ENV !== "production" ? b("teleport end") : m("");
      d(w, n, s), d(S, n, s);
      const v = (M, L) => {
        N & 16 && (i && i.isCE && (i.ce._teleportTarget = M), f(
          D,
          M,
          L,
          i,
          o,
          r,
          a,
          l
        ));
      }, O = () => {
        const M = t.target = fr(t.props, g), L = If(M, t, m, d);
        M ? (r !== "svg" && Fa(M) ? r = "svg" : r !== "mathml" && $a(M) && (r = "mathml"), y || (v(M, L), ki(t, !1))) : x.NODE_ENV !== "production" && !y && I(
          "Invalid Teleport target on mount:",
          M,
          `(${typeof M})`
        );
      };
      y && (v(n, S), ki(t, !0)), La(t.props) ? jt(() => {
        O(), t.el.__isMounted = !0;
      }, o) : O();
    } else {
      if (La(t.props) && !e.el.__isMounted) {
        jt(() => {
          Vf.process(
            e,
            t,
            n,
            s,
            i,
            o,
            r,
            a,
            l,
            c
          ), delete e.el.__isMounted;
        }, o);
        return;
      }
      t.el = e.el, t.targetStart = e.targetStart;
      const w = t.anchor = e.anchor, S = t.target = e.target, v = t.targetAnchor = e.targetAnchor, O = Cn(e.props), M = O ? n : S, L = O ? w : v;
      if (r === "svg" || Fa(S) ? r = "svg" : (r === "mathml" || $a(S)) && (r = "mathml"), P ? (h(
        e.dynamicChildren,
        P,
        M,
        i,
        o,
        r,
        a
      ), ks(e, t, !0)) : l || u(
        e,
        t,
        M,
        L,
        i,
        o,
        r,
        a,
        !1
      ), y)
        O ? t.props && e.props && t.props.to !== e.props.to && (t.props.to = e.props.to) : si(
          t,
          n,
          w,
          c,
          1
        );
      else if ((t.props && t.props.to) !== (e.props && e.props.to)) {
        const H = t.target = fr(
          t.props,
          g
        );
        H ? si(
          t,
          H,
          null,
          c,
          0
        ) : x.NODE_ENV !== "production" && I(
          "Invalid Teleport target on update:",
          S,
          `(${typeof S})`
        );
      } else O && si(
        t,
        S,
        v,
        c,
        1
      );
      ki(t, y);
    }
  },
  remove(e, t, n, { um: s, o: { remove: i } }, o) {
    const {
      shapeFlag: r,
      children: a,
      anchor: l,
      targetStart: c,
      targetAnchor: f,
      target: u,
      props: h
    } = e;
    if (u && (i(c), i(f)), o && i(l), r & 16) {
      const d = o || !Cn(h);
      for (let g = 0; g < a.length; g++) {
        const m = a[g];
        s(
          m,
          t,
          n,
          d,
          !!m.dynamicChildren
        );
      }
    }
  },
  move: si,
  hydrate: zd
};
function si(e, t, n, { o: { insert: s }, m: i }, o = 2) {
  o === 0 && s(e.targetAnchor, t, n);
  const { el: r, anchor: a, shapeFlag: l, children: c, props: f } = e, u = o === 2;
  if (u && s(r, t, n), (!u || Cn(f)) && l & 16)
    for (let h = 0; h < c.length; h++)
      i(
        c[h],
        t,
        n,
        2
      );
  u && s(a, t, n);
}
function zd(e, t, n, s, i, o, {
  o: { nextSibling: r, parentNode: a, querySelector: l, insert: c, createText: f }
}, u) {
  const h = t.target = fr(
    t.props,
    l
  );
  if (h) {
    const d = Cn(t.props), g = h._lpa || h.firstChild;
    if (t.shapeFlag & 16)
      if (d)
        t.anchor = u(
          r(e),
          t,
          a(e),
          n,
          s,
          i,
          o
        ), t.targetStart = g, t.targetAnchor = g && r(g);
      else {
        t.anchor = r(e);
        let m = g;
        for (; m; ) {
          if (m && m.nodeType === 8) {
            if (m.data === "teleport start anchor")
              t.targetStart = m;
            else if (m.data === "teleport anchor") {
              t.targetAnchor = m, h._lpa = t.targetAnchor && r(t.targetAnchor);
              break;
            }
          }
          m = r(m);
        }
        t.targetAnchor || If(h, t, f, c), u(
          g && r(g),
          t,
          h,
          n,
          s,
          i,
          o
        );
      }
    ki(t, d);
  }
  return t.anchor && r(t.anchor);
}
const Wd = Vf;
function ki(e, t) {
  const n = e.ctx;
  if (n && n.ut) {
    let s, i;
    for (t ? (s = e.el, i = e.anchor) : (s = e.targetStart, i = e.targetAnchor); s && s !== i; )
      s.nodeType === 1 && s.setAttribute("data-v-owner", n.uid), s = s.nextSibling;
    n.ut();
  }
}
function If(e, t, n, s) {
  const i = t.targetStart = n(""), o = t.targetAnchor = n("");
  return i[Af] = o, e && (s(i, e), s(o, e)), o;
}
function Xr(e, t) {
  e.shapeFlag & 6 && e.component ? (e.transition = t, Xr(e.component.subTree, t)) : e.shapeFlag & 128 ? (e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback)) : e.transition = t;
}
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Ud(e, t) {
  return K(e) ? (
    // #8236: extend call and options.name access are considered side-effects
    // by Rollup, so we have to wrap it in a pure-annotated IIFE.
    _t({ name: e.name }, t, { setup: e })
  ) : e;
}
function Rf(e) {
  e.ids = [e.ids[0] + e.ids[2]++ + "-", 0, 0];
}
const Yd = /* @__PURE__ */ new WeakSet();
function Ui(e, t, n, s, i = !1) {
  if (U(e)) {
    e.forEach(
      (g, m) => Ui(
        g,
        t && (U(t) ? t[m] : t),
        n,
        s,
        i
      )
    );
    return;
  }
  if (Ms(s) && !i) {
    s.shapeFlag & 512 && s.type.__asyncResolved && s.component.subTree.component && Ui(e, t, n, s.component.subTree);
    return;
  }
  const o = s.shapeFlag & 4 ? ea(s.component) : s.el, r = i ? null : o, { i: a, r: l } = e;
  if (x.NODE_ENV !== "production" && !a) {
    I(
      "Missing ref owner context. ref cannot be used on hoisted vnodes. A vnode with ref must be created inside the render function."
    );
    return;
  }
  const c = t && t.r, f = a.refs === ut ? a.refs = {} : a.refs, u = a.setupState, h = et(u), d = u === ut ? () => !1 : (g) => x.NODE_ENV !== "production" && (rt(h, g) && !Mt(h[g]) && I(
    `Template ref "${g}" used on a non-ref value. It will not work in the production build.`
  ), Yd.has(h[g])) ? !1 : rt(h, g);
  if (c != null && c !== l && (mt(c) ? (f[c] = null, d(c) && (u[c] = null)) : Mt(c) && (c.value = null)), K(l))
    es(l, a, 12, [r, f]);
  else {
    const g = mt(l), m = Mt(l);
    if (g || m) {
      const b = () => {
        if (e.f) {
          const y = g ? d(l) ? u[l] : f[l] : l.value;
          i ? U(y) && Lr(y, o) : U(y) ? y.includes(o) || y.push(o) : g ? (f[l] = [o], d(l) && (u[l] = f[l])) : (l.value = [o], e.k && (f[e.k] = l.value));
        } else g ? (f[l] = r, d(l) && (u[l] = r)) : m ? (l.value = r, e.k && (f[e.k] = r)) : x.NODE_ENV !== "production" && I("Invalid template ref type:", l, `(${typeof l})`);
      };
      r ? (b.id = -1, jt(b, n)) : b();
    } else x.NODE_ENV !== "production" && I("Invalid template ref type:", l, `(${typeof l})`);
  }
}
Ys().requestIdleCallback;
Ys().cancelIdleCallback;
const Ms = (e) => !!e.type.__asyncLoader, Gr = (e) => e.type.__isKeepAlive;
function Kd(e, t) {
  Lf(e, "a", t);
}
function qd(e, t) {
  Lf(e, "da", t);
}
function Lf(e, t, n = Dt) {
  const s = e.__wdc || (e.__wdc = () => {
    let i = n;
    for (; i; ) {
      if (i.isDeactivated)
        return;
      i = i.parent;
    }
    return e();
  });
  if (mo(t, s, n), n) {
    let i = n.parent;
    for (; i && i.parent; )
      Gr(i.parent.vnode) && Xd(s, t, n, i), i = i.parent;
  }
}
function Xd(e, t, n, s) {
  const i = mo(
    t,
    e,
    s,
    !0
    /* prepend */
  );
  Ff(() => {
    Lr(s[t], i);
  }, n);
}
function mo(e, t, n = Dt, s = !1) {
  if (n) {
    const i = n[e] || (n[e] = []), o = t.__weh || (t.__weh = (...r) => {
      Xe();
      const a = Gs(n), l = Ve(t, n, e, r);
      return a(), Ge(), l;
    });
    return s ? i.unshift(o) : i.push(o), o;
  } else if (x.NODE_ENV !== "production") {
    const i = yn(Yr[e].replace(/ hook$/, ""));
    I(
      `${i} is called when there is no active component instance to be associated with. Lifecycle injection APIs can only be used during execution of setup(). If you are using async setup(), make sure to register lifecycle hooks before the first await statement.`
    );
  }
}
const Ze = (e) => (t, n = Dt) => {
  (!$s || e === "sp") && mo(e, (...s) => t(...s), n);
}, Gd = Ze("bm"), Zd = Ze("m"), Jd = Ze(
  "bu"
), Qd = Ze("u"), tp = Ze(
  "bum"
), Ff = Ze("um"), ep = Ze(
  "sp"
), np = Ze("rtg"), sp = Ze("rtc");
function ip(e, t = Dt) {
  mo("ec", e, t);
}
const op = Symbol.for("v-ndc");
function ii(e, t, n, s) {
  let i;
  const o = n, r = U(e);
  if (r || mt(e)) {
    const a = r && kn(e);
    let l = !1;
    a && (l = !Xt(e), e = uo(e)), i = new Array(e.length);
    for (let c = 0, f = e.length; c < f; c++)
      i[c] = t(
        l ? Ut(e[c]) : e[c],
        c,
        void 0,
        o
      );
  } else if (typeof e == "number") {
    x.NODE_ENV !== "production" && !Number.isInteger(e) && I(`The v-for range expect an integer value but got ${e}.`), i = new Array(e);
    for (let a = 0; a < e; a++)
      i[a] = t(a + 1, a, void 0, o);
  } else if (dt(e))
    if (e[Symbol.iterator])
      i = Array.from(
        e,
        (a, l) => t(a, l, void 0, o)
      );
    else {
      const a = Object.keys(e);
      i = new Array(a.length);
      for (let l = 0, c = a.length; l < c; l++) {
        const f = a[l];
        i[l] = t(e[f], f, l, o);
      }
    }
  else
    i = [];
  return i;
}
const ur = (e) => e ? cu(e) ? ea(e) : ur(e.parent) : null, Pn = (
  // Move PURE marker to new line to workaround compiler discarding it
  // due to type annotation
  /* @__PURE__ */ _t(/* @__PURE__ */ Object.create(null), {
    $: (e) => e,
    $el: (e) => e.vnode.el,
    $data: (e) => e.data,
    $props: (e) => x.NODE_ENV !== "production" ? ke(e.props) : e.props,
    $attrs: (e) => x.NODE_ENV !== "production" ? ke(e.attrs) : e.attrs,
    $slots: (e) => x.NODE_ENV !== "production" ? ke(e.slots) : e.slots,
    $refs: (e) => x.NODE_ENV !== "production" ? ke(e.refs) : e.refs,
    $parent: (e) => ur(e.parent),
    $root: (e) => ur(e.root),
    $host: (e) => e.ce,
    $emit: (e) => e.emit,
    $options: (e) => jf(e),
    $forceUpdate: (e) => e.f || (e.f = () => {
      go(e.update);
    }),
    $nextTick: (e) => e.n || (e.n = wf.bind(e.proxy)),
    $watch: (e) => Fp.bind(e)
  })
), Zr = (e) => e === "_" || e === "$", To = (e, t) => e !== ut && !e.__isScriptSetup && rt(e, t), $f = {
  get({ _: e }, t) {
    if (t === "__v_skip")
      return !0;
    const { ctx: n, setupState: s, data: i, props: o, accessCache: r, type: a, appContext: l } = e;
    if (x.NODE_ENV !== "production" && t === "__isVue")
      return !0;
    let c;
    if (t[0] !== "$") {
      const d = r[t];
      if (d !== void 0)
        switch (d) {
          case 1:
            return s[t];
          case 2:
            return i[t];
          case 4:
            return n[t];
          case 3:
            return o[t];
        }
      else {
        if (To(s, t))
          return r[t] = 1, s[t];
        if (i !== ut && rt(i, t))
          return r[t] = 2, i[t];
        if (
          // only cache other properties when instance has declared (thus stable)
          // props
          (c = e.propsOptions[0]) && rt(c, t)
        )
          return r[t] = 3, o[t];
        if (n !== ut && rt(n, t))
          return r[t] = 4, n[t];
        hr && (r[t] = 0);
      }
    }
    const f = Pn[t];
    let u, h;
    if (f)
      return t === "$attrs" ? (Nt(e.attrs, "get", ""), x.NODE_ENV !== "production" && qi()) : x.NODE_ENV !== "production" && t === "$slots" && Nt(e, "get", t), f(e);
    if (
      // css module (injected by vue-loader)
      (u = a.__cssModules) && (u = u[t])
    )
      return u;
    if (n !== ut && rt(n, t))
      return r[t] = 4, n[t];
    if (
      // global properties
      h = l.config.globalProperties, rt(h, t)
    )
      return h[t];
    x.NODE_ENV !== "production" && Qt && (!mt(t) || // #1091 avoid internal isRef/isVNode checks on component instance leading
    // to infinite warning loop
    t.indexOf("__v") !== 0) && (i !== ut && Zr(t[0]) && rt(i, t) ? I(
      `Property ${JSON.stringify(
        t
      )} must be accessed via $data because it starts with a reserved character ("$" or "_") and is not proxied on the render context.`
    ) : e === Qt && I(
      `Property ${JSON.stringify(t)} was accessed during render but is not defined on instance.`
    ));
  },
  set({ _: e }, t, n) {
    const { data: s, setupState: i, ctx: o } = e;
    return To(i, t) ? (i[t] = n, !0) : x.NODE_ENV !== "production" && i.__isScriptSetup && rt(i, t) ? (I(`Cannot mutate <script setup> binding "${t}" from Options API.`), !1) : s !== ut && rt(s, t) ? (s[t] = n, !0) : rt(e.props, t) ? (x.NODE_ENV !== "production" && I(`Attempting to mutate prop "${t}". Props are readonly.`), !1) : t[0] === "$" && t.slice(1) in e ? (x.NODE_ENV !== "production" && I(
      `Attempting to mutate public property "${t}". Properties starting with $ are reserved and readonly.`
    ), !1) : (x.NODE_ENV !== "production" && t in e.appContext.config.globalProperties ? Object.defineProperty(o, t, {
      enumerable: !0,
      configurable: !0,
      value: n
    }) : o[t] = n, !0);
  },
  has({
    _: { data: e, setupState: t, accessCache: n, ctx: s, appContext: i, propsOptions: o }
  }, r) {
    let a;
    return !!n[r] || e !== ut && rt(e, r) || To(t, r) || (a = o[0]) && rt(a, r) || rt(s, r) || rt(Pn, r) || rt(i.config.globalProperties, r);
  },
  defineProperty(e, t, n) {
    return n.get != null ? e._.accessCache[t] = 0 : rt(n, "value") && this.set(e, t, n.value, null), Reflect.defineProperty(e, t, n);
  }
};
x.NODE_ENV !== "production" && ($f.ownKeys = (e) => (I(
  "Avoid app logic that relies on enumerating keys on a component instance. The keys will be empty in production mode to avoid performance overhead."
), Reflect.ownKeys(e)));
function rp(e) {
  const t = {};
  return Object.defineProperty(t, "_", {
    configurable: !0,
    enumerable: !1,
    get: () => e
  }), Object.keys(Pn).forEach((n) => {
    Object.defineProperty(t, n, {
      configurable: !0,
      enumerable: !1,
      get: () => Pn[n](e),
      // intercepted by the proxy so no need for implementation,
      // but needed to prevent set errors
      set: St
    });
  }), t;
}
function ap(e) {
  const {
    ctx: t,
    propsOptions: [n]
  } = e;
  n && Object.keys(n).forEach((s) => {
    Object.defineProperty(t, s, {
      enumerable: !0,
      configurable: !0,
      get: () => e.props[s],
      set: St
    });
  });
}
function lp(e) {
  const { ctx: t, setupState: n } = e;
  Object.keys(et(n)).forEach((s) => {
    if (!n.__isScriptSetup) {
      if (Zr(s[0])) {
        I(
          `setup() return property ${JSON.stringify(
            s
          )} should not start with "$" or "_" which are reserved prefixes for Vue internals.`
        );
        return;
      }
      Object.defineProperty(t, s, {
        enumerable: !0,
        configurable: !0,
        get: () => n[s],
        set: St
      });
    }
  });
}
function Ba(e) {
  return U(e) ? e.reduce(
    (t, n) => (t[n] = null, t),
    {}
  ) : e;
}
function cp() {
  const e = /* @__PURE__ */ Object.create(null);
  return (t, n) => {
    e[n] ? I(`${t} property "${n}" is already defined in ${e[n]}.`) : e[n] = t;
  };
}
let hr = !0;
function fp(e) {
  const t = jf(e), n = e.proxy, s = e.ctx;
  hr = !1, t.beforeCreate && ja(t.beforeCreate, e, "bc");
  const {
    // state
    data: i,
    computed: o,
    methods: r,
    watch: a,
    provide: l,
    inject: c,
    // lifecycle
    created: f,
    beforeMount: u,
    mounted: h,
    beforeUpdate: d,
    updated: g,
    activated: m,
    deactivated: b,
    beforeDestroy: y,
    beforeUnmount: N,
    destroyed: D,
    unmounted: P,
    render: w,
    renderTracked: S,
    renderTriggered: v,
    errorCaptured: O,
    serverPrefetch: M,
    // public API
    expose: L,
    inheritAttrs: H,
    // assets
    components: j,
    directives: tt,
    filters: Ot
  } = t, it = x.NODE_ENV !== "production" ? cp() : null;
  if (x.NODE_ENV !== "production") {
    const [W] = e.propsOptions;
    if (W)
      for (const X in W)
        it("Props", X);
  }
  if (c && up(c, s, it), r)
    for (const W in r) {
      const X = r[W];
      K(X) ? (x.NODE_ENV !== "production" ? Object.defineProperty(s, W, {
        value: X.bind(n),
        configurable: !0,
        enumerable: !0,
        writable: !0
      }) : s[W] = X.bind(n), x.NODE_ENV !== "production" && it("Methods", W)) : x.NODE_ENV !== "production" && I(
        `Method "${W}" has type "${typeof X}" in the component definition. Did you reference the function correctly?`
      );
    }
  if (i) {
    x.NODE_ENV !== "production" && !K(i) && I(
      "The data option must be a function. Plain object usage is no longer supported."
    );
    const W = i.call(n, n);
    if (x.NODE_ENV !== "production" && Fr(W) && I(
      "data() returned a Promise - note data() cannot be async; If you intend to perform data fetching before component renders, use async setup() + <Suspense>."
    ), !dt(W))
      x.NODE_ENV !== "production" && I("data() should return an object.");
    else if (e.data = Ur(W), x.NODE_ENV !== "production")
      for (const X in W)
        it("Data", X), Zr(X[0]) || Object.defineProperty(s, X, {
          configurable: !0,
          enumerable: !0,
          get: () => W[X],
          set: St
        });
  }
  if (hr = !0, o)
    for (const W in o) {
      const X = o[W], Pt = K(X) ? X.bind(n, n) : K(X.get) ? X.get.bind(n, n) : St;
      x.NODE_ENV !== "production" && Pt === St && I(`Computed property "${W}" has no getter.`);
      const le = !K(X) && K(X.set) ? X.set.bind(n) : x.NODE_ENV !== "production" ? () => {
        I(
          `Write operation failed: computed property "${W}" is readonly.`
        );
      } : St, ne = fg({
        get: Pt,
        set: le
      });
      Object.defineProperty(s, W, {
        enumerable: !0,
        configurable: !0,
        get: () => ne.value,
        set: (Lt) => ne.value = Lt
      }), x.NODE_ENV !== "production" && it("Computed", W);
    }
  if (a)
    for (const W in a)
      Bf(a[W], s, n, W);
  if (l) {
    const W = K(l) ? l.call(n) : l;
    Reflect.ownKeys(W).forEach((X) => {
      bp(X, W[X]);
    });
  }
  f && ja(f, e, "c");
  function st(W, X) {
    U(X) ? X.forEach((Pt) => W(Pt.bind(n))) : X && W(X.bind(n));
  }
  if (st(Gd, u), st(Zd, h), st(Jd, d), st(Qd, g), st(Kd, m), st(qd, b), st(ip, O), st(sp, S), st(np, v), st(tp, N), st(Ff, P), st(ep, M), U(L))
    if (L.length) {
      const W = e.exposed || (e.exposed = {});
      L.forEach((X) => {
        Object.defineProperty(W, X, {
          get: () => n[X],
          set: (Pt) => n[X] = Pt
        });
      });
    } else e.exposed || (e.exposed = {});
  w && e.render === St && (e.render = w), H != null && (e.inheritAttrs = H), j && (e.components = j), tt && (e.directives = tt), M && Rf(e);
}
function up(e, t, n = St) {
  U(e) && (e = dr(e));
  for (const s in e) {
    const i = e[s];
    let o;
    dt(i) ? "default" in i ? o = Di(
      i.from || s,
      i.default,
      !0
    ) : o = Di(i.from || s) : o = Di(i), Mt(o) ? Object.defineProperty(t, s, {
      enumerable: !0,
      configurable: !0,
      get: () => o.value,
      set: (r) => o.value = r
    }) : t[s] = o, x.NODE_ENV !== "production" && n("Inject", s);
  }
}
function ja(e, t, n) {
  Ve(
    U(e) ? e.map((s) => s.bind(t.proxy)) : e.bind(t.proxy),
    t,
    n
  );
}
function Bf(e, t, n, s) {
  let i = s.includes(".") ? tu(n, s) : () => n[s];
  if (mt(e)) {
    const o = t[e];
    K(o) ? Vo(i, o) : x.NODE_ENV !== "production" && I(`Invalid watch handler specified by key "${e}"`, o);
  } else if (K(e))
    Vo(i, e.bind(n));
  else if (dt(e))
    if (U(e))
      e.forEach((o) => Bf(o, t, n, s));
    else {
      const o = K(e.handler) ? e.handler.bind(n) : t[e.handler];
      K(o) ? Vo(i, o, e) : x.NODE_ENV !== "production" && I(`Invalid watch handler specified by key "${e.handler}"`, o);
    }
  else x.NODE_ENV !== "production" && I(`Invalid watch option: "${s}"`, e);
}
function jf(e) {
  const t = e.type, { mixins: n, extends: s } = t, {
    mixins: i,
    optionsCache: o,
    config: { optionMergeStrategies: r }
  } = e.appContext, a = o.get(t);
  let l;
  return a ? l = a : !i.length && !n && !s ? l = t : (l = {}, i.length && i.forEach(
    (c) => Yi(l, c, r, !0)
  ), Yi(l, t, r)), dt(t) && o.set(t, l), l;
}
function Yi(e, t, n, s = !1) {
  const { mixins: i, extends: o } = t;
  o && Yi(e, o, n, !0), i && i.forEach(
    (r) => Yi(e, r, n, !0)
  );
  for (const r in t)
    if (s && r === "expose")
      x.NODE_ENV !== "production" && I(
        '"expose" option is ignored when declared in mixins or extends. It should only be declared in the base component itself.'
      );
    else {
      const a = hp[r] || n && n[r];
      e[r] = a ? a(e[r], t[r]) : t[r];
    }
  return e;
}
const hp = {
  data: Ha,
  props: za,
  emits: za,
  // objects
  methods: xs,
  computed: xs,
  // lifecycle
  beforeCreate: Bt,
  created: Bt,
  beforeMount: Bt,
  mounted: Bt,
  beforeUpdate: Bt,
  updated: Bt,
  beforeDestroy: Bt,
  beforeUnmount: Bt,
  destroyed: Bt,
  unmounted: Bt,
  activated: Bt,
  deactivated: Bt,
  errorCaptured: Bt,
  serverPrefetch: Bt,
  // assets
  components: xs,
  directives: xs,
  // watch
  watch: pp,
  // provide / inject
  provide: Ha,
  inject: dp
};
function Ha(e, t) {
  return t ? e ? function() {
    return _t(
      K(e) ? e.call(this, this) : e,
      K(t) ? t.call(this, this) : t
    );
  } : t : e;
}
function dp(e, t) {
  return xs(dr(e), dr(t));
}
function dr(e) {
  if (U(e)) {
    const t = {};
    for (let n = 0; n < e.length; n++)
      t[e[n]] = e[n];
    return t;
  }
  return e;
}
function Bt(e, t) {
  return e ? [...new Set([].concat(e, t))] : t;
}
function xs(e, t) {
  return e ? _t(/* @__PURE__ */ Object.create(null), e, t) : t;
}
function za(e, t) {
  return e ? U(e) && U(t) ? [.../* @__PURE__ */ new Set([...e, ...t])] : _t(
    /* @__PURE__ */ Object.create(null),
    Ba(e),
    Ba(t ?? {})
  ) : t;
}
function pp(e, t) {
  if (!e) return t;
  if (!t) return e;
  const n = _t(/* @__PURE__ */ Object.create(null), e);
  for (const s in t)
    n[s] = Bt(e[s], t[s]);
  return n;
}
function Hf() {
  return {
    app: null,
    config: {
      isNativeTag: Ph,
      performance: !1,
      globalProperties: {},
      optionMergeStrategies: {},
      errorHandler: void 0,
      warnHandler: void 0,
      compilerOptions: {}
    },
    mixins: [],
    components: {},
    directives: {},
    provides: /* @__PURE__ */ Object.create(null),
    optionsCache: /* @__PURE__ */ new WeakMap(),
    propsCache: /* @__PURE__ */ new WeakMap(),
    emitsCache: /* @__PURE__ */ new WeakMap()
  };
}
let gp = 0;
function mp(e, t) {
  return function(s, i = null) {
    K(s) || (s = _t({}, s)), i != null && !dt(i) && (x.NODE_ENV !== "production" && I("root props passed to app.mount() must be an object."), i = null);
    const o = Hf(), r = /* @__PURE__ */ new WeakSet(), a = [];
    let l = !1;
    const c = o.app = {
      _uid: gp++,
      _component: s,
      _props: i,
      _container: null,
      _context: o,
      _instance: null,
      version: el,
      get config() {
        return o.config;
      },
      set config(f) {
        x.NODE_ENV !== "production" && I(
          "app.config cannot be replaced. Modify individual options instead."
        );
      },
      use(f, ...u) {
        return r.has(f) ? x.NODE_ENV !== "production" && I("Plugin has already been applied to target app.") : f && K(f.install) ? (r.add(f), f.install(c, ...u)) : K(f) ? (r.add(f), f(c, ...u)) : x.NODE_ENV !== "production" && I(
          'A plugin must either be a function or an object with an "install" function.'
        ), c;
      },
      mixin(f) {
        return o.mixins.includes(f) ? x.NODE_ENV !== "production" && I(
          "Mixin has already been applied to target app" + (f.name ? `: ${f.name}` : "")
        ) : o.mixins.push(f), c;
      },
      component(f, u) {
        return x.NODE_ENV !== "production" && _r(f, o.config), u ? (x.NODE_ENV !== "production" && o.components[f] && I(`Component "${f}" has already been registered in target app.`), o.components[f] = u, c) : o.components[f];
      },
      directive(f, u) {
        return x.NODE_ENV !== "production" && Tf(f), u ? (x.NODE_ENV !== "production" && o.directives[f] && I(`Directive "${f}" has already been registered in target app.`), o.directives[f] = u, c) : o.directives[f];
      },
      mount(f, u, h) {
        if (l)
          x.NODE_ENV !== "production" && I(
            "App has already been mounted.\nIf you want to remount the same app, move your app creation logic into a factory function and create fresh app instances for each mount - e.g. `const createMyApp = () => createApp(App)`"
          );
        else {
          x.NODE_ENV !== "production" && f.__vue_app__ && I(
            "There is already an app instance mounted on the host container.\n If you want to mount another app on the same host container, you need to unmount the previous app by calling `app.unmount()` first."
          );
          const d = c._ceVNode || Ce(s, i);
          return d.appContext = o, h === !0 ? h = "svg" : h === !1 && (h = void 0), x.NODE_ENV !== "production" && (o.reload = () => {
            e(
              an(d),
              f,
              h
            );
          }), e(d, f, h), l = !0, c._container = f, f.__vue_app__ = c, x.NODE_ENV !== "production" && (c._instance = d.component, Ad(c, el)), ea(d.component);
        }
      },
      onUnmount(f) {
        x.NODE_ENV !== "production" && typeof f != "function" && I(
          `Expected function as first argument to app.onUnmount(), but got ${typeof f}`
        ), a.push(f);
      },
      unmount() {
        l ? (Ve(
          a,
          c._instance,
          16
        ), e(null, c._container), x.NODE_ENV !== "production" && (c._instance = null, Vd(c)), delete c._container.__vue_app__) : x.NODE_ENV !== "production" && I("Cannot unmount an app that is not mounted.");
      },
      provide(f, u) {
        return x.NODE_ENV !== "production" && f in o.provides && I(
          `App already provides property with key "${String(f)}". It will be overwritten with the new value.`
        ), o.provides[f] = u, c;
      },
      runWithContext(f) {
        const u = Xn;
        Xn = c;
        try {
          return f();
        } finally {
          Xn = u;
        }
      }
    };
    return c;
  };
}
let Xn = null;
function bp(e, t) {
  if (!Dt)
    x.NODE_ENV !== "production" && I("provide() can only be used inside setup().");
  else {
    let n = Dt.provides;
    const s = Dt.parent && Dt.parent.provides;
    s === n && (n = Dt.provides = Object.create(s)), n[e] = t;
  }
}
function Di(e, t, n = !1) {
  const s = Dt || Qt;
  if (s || Xn) {
    const i = Xn ? Xn._context.provides : s ? s.parent == null ? s.vnode.appContext && s.vnode.appContext.provides : s.parent.provides : void 0;
    if (i && e in i)
      return i[e];
    if (arguments.length > 1)
      return n && K(t) ? t.call(s && s.proxy) : t;
    x.NODE_ENV !== "production" && I(`injection "${String(e)}" not found.`);
  } else x.NODE_ENV !== "production" && I("inject() can only be used inside setup() or functional components.");
}
const zf = {}, Wf = () => Object.create(zf), Uf = (e) => Object.getPrototypeOf(e) === zf;
function _p(e, t, n, s = !1) {
  const i = {}, o = Wf();
  e.propsDefaults = /* @__PURE__ */ Object.create(null), Yf(e, t, i, o);
  for (const r in e.propsOptions[0])
    r in i || (i[r] = void 0);
  x.NODE_ENV !== "production" && qf(t || {}, i, e), n ? e.props = s ? i : gd(i) : e.type.props ? e.props = i : e.props = o, e.attrs = o;
}
function yp(e) {
  for (; e; ) {
    if (e.type.__hmrId) return !0;
    e = e.parent;
  }
}
function xp(e, t, n, s) {
  const {
    props: i,
    attrs: o,
    vnode: { patchFlag: r }
  } = e, a = et(i), [l] = e.propsOptions;
  let c = !1;
  if (
    // always force full diff in dev
    // - #1942 if hmr is enabled with sfc component
    // - vite#872 non-sfc component used by sfc component
    !(x.NODE_ENV !== "production" && yp(e)) && (s || r > 0) && !(r & 16)
  ) {
    if (r & 8) {
      const f = e.vnode.dynamicProps;
      for (let u = 0; u < f.length; u++) {
        let h = f[u];
        if (bo(e.emitsOptions, h))
          continue;
        const d = t[h];
        if (l)
          if (rt(o, h))
            d !== o[h] && (o[h] = d, c = !0);
          else {
            const g = qt(h);
            i[g] = pr(
              l,
              a,
              g,
              d,
              e,
              !1
            );
          }
        else
          d !== o[h] && (o[h] = d, c = !0);
      }
    }
  } else {
    Yf(e, t, i, o) && (c = !0);
    let f;
    for (const u in a)
      (!t || // for camelCase
      !rt(t, u) && // it's possible the original props was passed in as kebab-case
      // and converted to camelCase (#955)
      ((f = Jt(u)) === u || !rt(t, f))) && (l ? n && // for camelCase
      (n[u] !== void 0 || // for kebab-case
      n[f] !== void 0) && (i[u] = pr(
        l,
        a,
        u,
        void 0,
        e,
        !0
      )) : delete i[u]);
    if (o !== a)
      for (const u in o)
        (!t || !rt(t, u)) && (delete o[u], c = !0);
  }
  c && Se(e.attrs, "set", ""), x.NODE_ENV !== "production" && qf(t || {}, i, e);
}
function Yf(e, t, n, s) {
  const [i, o] = e.propsOptions;
  let r = !1, a;
  if (t)
    for (let l in t) {
      if (Os(l))
        continue;
      const c = t[l];
      let f;
      i && rt(i, f = qt(l)) ? !o || !o.includes(f) ? n[f] = c : (a || (a = {}))[f] = c : bo(e.emitsOptions, l) || (!(l in s) || c !== s[l]) && (s[l] = c, r = !0);
    }
  if (o) {
    const l = et(n), c = a || ut;
    for (let f = 0; f < o.length; f++) {
      const u = o[f];
      n[u] = pr(
        i,
        l,
        u,
        c[u],
        e,
        !rt(c, u)
      );
    }
  }
  return r;
}
function pr(e, t, n, s, i, o) {
  const r = e[n];
  if (r != null) {
    const a = rt(r, "default");
    if (a && s === void 0) {
      const l = r.default;
      if (r.type !== Function && !r.skipFactory && K(l)) {
        const { propsDefaults: c } = i;
        if (n in c)
          s = c[n];
        else {
          const f = Gs(i);
          s = c[n] = l.call(
            null,
            t
          ), f();
        }
      } else
        s = l;
      i.ce && i.ce._setProp(n, s);
    }
    r[
      0
      /* shouldCast */
    ] && (o && !a ? s = !1 : r[
      1
      /* shouldCastTrue */
    ] && (s === "" || s === Jt(n)) && (s = !0));
  }
  return s;
}
const vp = /* @__PURE__ */ new WeakMap();
function Kf(e, t, n = !1) {
  const s = n ? vp : t.propsCache, i = s.get(e);
  if (i)
    return i;
  const o = e.props, r = {}, a = [];
  let l = !1;
  if (!K(e)) {
    const f = (u) => {
      l = !0;
      const [h, d] = Kf(u, t, !0);
      _t(r, h), d && a.push(...d);
    };
    !n && t.mixins.length && t.mixins.forEach(f), e.extends && f(e.extends), e.mixins && e.mixins.forEach(f);
  }
  if (!o && !l)
    return dt(e) && s.set(e, Kn), Kn;
  if (U(o))
    for (let f = 0; f < o.length; f++) {
      x.NODE_ENV !== "production" && !mt(o[f]) && I("props must be strings when using array syntax.", o[f]);
      const u = qt(o[f]);
      Wa(u) && (r[u] = ut);
    }
  else if (o) {
    x.NODE_ENV !== "production" && !dt(o) && I("invalid props options", o);
    for (const f in o) {
      const u = qt(f);
      if (Wa(u)) {
        const h = o[f], d = r[u] = U(h) || K(h) ? { type: h } : _t({}, h), g = d.type;
        let m = !1, b = !0;
        if (U(g))
          for (let y = 0; y < g.length; ++y) {
            const N = g[y], D = K(N) && N.name;
            if (D === "Boolean") {
              m = !0;
              break;
            } else D === "String" && (b = !1);
          }
        else
          m = K(g) && g.name === "Boolean";
        d[
          0
          /* shouldCast */
        ] = m, d[
          1
          /* shouldCastTrue */
        ] = b, (m || rt(d, "default")) && a.push(u);
      }
    }
  }
  const c = [r, a];
  return dt(e) && s.set(e, c), c;
}
function Wa(e) {
  return e[0] !== "$" && !Os(e) ? !0 : (x.NODE_ENV !== "production" && I(`Invalid prop name: "${e}" is a reserved property.`), !1);
}
function wp(e) {
  return e === null ? "null" : typeof e == "function" ? e.name || "" : typeof e == "object" && e.constructor && e.constructor.name || "";
}
function qf(e, t, n) {
  const s = et(t), i = n.propsOptions[0], o = Object.keys(e).map((r) => qt(r));
  for (const r in i) {
    let a = i[r];
    a != null && Ep(
      r,
      s[r],
      a,
      x.NODE_ENV !== "production" ? ke(s) : s,
      !o.includes(r)
    );
  }
}
function Ep(e, t, n, s, i) {
  const { type: o, required: r, validator: a, skipCheck: l } = n;
  if (r && i) {
    I('Missing required prop: "' + e + '"');
    return;
  }
  if (!(t == null && !r)) {
    if (o != null && o !== !0 && !l) {
      let c = !1;
      const f = U(o) ? o : [o], u = [];
      for (let h = 0; h < f.length && !c; h++) {
        const { valid: d, expectedType: g } = Np(t, f[h]);
        u.push(g || ""), c = d;
      }
      if (!c) {
        I(Sp(e, t, u));
        return;
      }
    }
    a && !a(t, s) && I('Invalid prop: custom validator check failed for prop "' + e + '".');
  }
}
const Op = /* @__PURE__ */ qe(
  "String,Number,Boolean,Function,Symbol,BigInt"
);
function Np(e, t) {
  let n;
  const s = wp(t);
  if (s === "null")
    n = e === null;
  else if (Op(s)) {
    const i = typeof e;
    n = i === s.toLowerCase(), !n && i === "object" && (n = e instanceof t);
  } else s === "Object" ? n = dt(e) : s === "Array" ? n = U(e) : n = e instanceof t;
  return {
    valid: n,
    expectedType: s
  };
}
function Sp(e, t, n) {
  if (n.length === 0)
    return `Prop type [] for prop "${e}" won't match anything. Did you mean to use type Array instead?`;
  let s = `Invalid prop: type check failed for prop "${e}". Expected ${n.map(fo).join(" | ")}`;
  const i = n[0], o = $r(t), r = Ua(t, i), a = Ua(t, o);
  return n.length === 1 && Ya(i) && !Mp(i, o) && (s += ` with value ${r}`), s += `, got ${o} `, Ya(o) && (s += `with value ${a}.`), s;
}
function Ua(e, t) {
  return t === "String" ? `"${e}"` : t === "Number" ? `${Number(e)}` : `${e}`;
}
function Ya(e) {
  return ["string", "number", "boolean"].some((n) => e.toLowerCase() === n);
}
function Mp(...e) {
  return e.some((t) => t.toLowerCase() === "boolean");
}
const Xf = (e) => e[0] === "_" || e === "$stable", Jr = (e) => U(e) ? e.map(ue) : [ue(e)], kp = (e, t, n) => {
  if (t._n)
    return t;
  const s = jd((...i) => (x.NODE_ENV !== "production" && Dt && (!n || n.root === Dt.root) && I(
    `Slot "${e}" invoked outside of the render function: this will not track dependencies used in the slot. Invoke the slot function inside the render function instead.`
  ), Jr(t(...i))), n);
  return s._c = !1, s;
}, Gf = (e, t, n) => {
  const s = e._ctx;
  for (const i in e) {
    if (Xf(i)) continue;
    const o = e[i];
    if (K(o))
      t[i] = kp(i, o, s);
    else if (o != null) {
      x.NODE_ENV !== "production" && I(
        `Non-function value encountered for slot "${i}". Prefer function slots for better performance.`
      );
      const r = Jr(o);
      t[i] = () => r;
    }
  }
}, Zf = (e, t) => {
  x.NODE_ENV !== "production" && !Gr(e.vnode) && I(
    "Non-function value encountered for default slot. Prefer function slots for better performance."
  );
  const n = Jr(t);
  e.slots.default = () => n;
}, gr = (e, t, n) => {
  for (const s in t)
    (n || s !== "_") && (e[s] = t[s]);
}, Dp = (e, t, n) => {
  const s = e.slots = Wf();
  if (e.vnode.shapeFlag & 32) {
    const i = t._;
    i ? (gr(s, t, n), n && $i(s, "_", i, !0)) : Gf(t, s);
  } else t && Zf(e, t);
}, Cp = (e, t, n) => {
  const { vnode: s, slots: i } = e;
  let o = !0, r = ut;
  if (s.shapeFlag & 32) {
    const a = t._;
    a ? x.NODE_ENV !== "production" && he ? (gr(i, t, n), Se(e, "set", "$slots")) : n && a === 1 ? o = !1 : gr(i, t, n) : (o = !t.$stable, Gf(t, i)), r = t;
  } else t && (Zf(e, t), r = { default: 1 });
  if (o)
    for (const a in i)
      !Xf(a) && r[a] == null && delete i[a];
};
let hs, en;
function $n(e, t) {
  e.appContext.config.performance && Ki() && en.mark(`vue-${t}-${e.uid}`), x.NODE_ENV !== "production" && Fd(e, t, Ki() ? en.now() : Date.now());
}
function Bn(e, t) {
  if (e.appContext.config.performance && Ki()) {
    const n = `vue-${t}-${e.uid}`, s = n + ":end";
    en.mark(s), en.measure(
      `<${yo(e, e.type)}> ${t}`,
      n,
      s
    ), en.clearMarks(n), en.clearMarks(s);
  }
  x.NODE_ENV !== "production" && $d(e, t, Ki() ? en.now() : Date.now());
}
function Ki() {
  return hs !== void 0 || (typeof window < "u" && window.performance ? (hs = !0, en = window.performance) : hs = !1), hs;
}
function Pp() {
  const e = [];
  if (x.NODE_ENV !== "production" && e.length) {
    const t = e.length > 1;
    console.warn(
      `Feature flag${t ? "s" : ""} ${e.join(", ")} ${t ? "are" : "is"} not explicitly defined. You are running the esm-bundler build of Vue, which expects these compile-time feature flags to be globally injected via the bundler config in order to get better tree-shaking in the production bundle.

For more details, see https://link.vuejs.org/feature-flags.`
    );
  }
}
const jt = Up;
function Tp(e) {
  return Ap(e);
}
function Ap(e, t) {
  Pp();
  const n = Ys();
  n.__VUE__ = !0, x.NODE_ENV !== "production" && kf(n.__VUE_DEVTOOLS_GLOBAL_HOOK__, n);
  const {
    insert: s,
    remove: i,
    patchProp: o,
    createElement: r,
    createText: a,
    createComment: l,
    setText: c,
    setElementText: f,
    parentNode: u,
    nextSibling: h,
    setScopeId: d = St,
    insertStaticContent: g
  } = e, m = (p, _, E, T = null, k = null, C = null, $ = void 0, F = null, R = x.NODE_ENV !== "production" && he ? !1 : !!_.dynamicChildren) => {
    if (p === _)
      return;
    p && !ds(p, _) && (T = Qs(p), kt(p, k, C, !0), p = null), _.patchFlag === -2 && (R = !1, _.dynamicChildren = null);
    const { type: A, ref: Y, shapeFlag: B } = _;
    switch (A) {
      case Xs:
        b(p, _, E, T);
        break;
      case ee:
        y(p, _, E, T);
        break;
      case Ci:
        p == null ? N(_, E, T, $) : x.NODE_ENV !== "production" && D(p, _, E, $);
        break;
      case Yt:
        tt(
          p,
          _,
          E,
          T,
          k,
          C,
          $,
          F,
          R
        );
        break;
      default:
        B & 1 ? S(
          p,
          _,
          E,
          T,
          k,
          C,
          $,
          F,
          R
        ) : B & 6 ? Ot(
          p,
          _,
          E,
          T,
          k,
          C,
          $,
          F,
          R
        ) : B & 64 || B & 128 ? A.process(
          p,
          _,
          E,
          T,
          k,
          C,
          $,
          F,
          R,
          ls
        ) : x.NODE_ENV !== "production" && I("Invalid VNode type:", A, `(${typeof A})`);
    }
    Y != null && k && Ui(Y, p && p.ref, C, _ || p, !_);
  }, b = (p, _, E, T) => {
    if (p == null)
      s(
        _.el = a(_.children),
        E,
        T
      );
    else {
      const k = _.el = p.el;
      _.children !== p.children && c(k, _.children);
    }
  }, y = (p, _, E, T) => {
    p == null ? s(
      _.el = l(_.children || ""),
      E,
      T
    ) : _.el = p.el;
  }, N = (p, _, E, T) => {
    [p.el, p.anchor] = g(
      p.children,
      _,
      E,
      T,
      p.el,
      p.anchor
    );
  }, D = (p, _, E, T) => {
    if (_.children !== p.children) {
      const k = h(p.anchor);
      w(p), [_.el, _.anchor] = g(
        _.children,
        E,
        k,
        T
      );
    } else
      _.el = p.el, _.anchor = p.anchor;
  }, P = ({ el: p, anchor: _ }, E, T) => {
    let k;
    for (; p && p !== _; )
      k = h(p), s(p, E, T), p = k;
    s(_, E, T);
  }, w = ({ el: p, anchor: _ }) => {
    let E;
    for (; p && p !== _; )
      E = h(p), i(p), p = E;
    i(_);
  }, S = (p, _, E, T, k, C, $, F, R) => {
    _.type === "svg" ? $ = "svg" : _.type === "math" && ($ = "mathml"), p == null ? v(
      _,
      E,
      T,
      k,
      C,
      $,
      F,
      R
    ) : L(
      p,
      _,
      k,
      C,
      $,
      F,
      R
    );
  }, v = (p, _, E, T, k, C, $, F) => {
    let R, A;
    const { props: Y, shapeFlag: B, transition: z, dirs: q } = p;
    if (R = p.el = r(
      p.type,
      C,
      Y && Y.is,
      Y
    ), B & 8 ? f(R, p.children) : B & 16 && M(
      p.children,
      R,
      null,
      T,
      k,
      Ao(p, C),
      $,
      F
    ), q && pn(p, null, T, "created"), O(R, p, p.scopeId, $, T), Y) {
      for (const pt in Y)
        pt !== "value" && !Os(pt) && o(R, pt, null, Y[pt], C, T);
      "value" in Y && o(R, "value", null, Y.value, C), (A = Y.onVnodeBeforeMount) && xe(A, T, p);
    }
    x.NODE_ENV !== "production" && ($i(R, "__vnode", p, !0), $i(R, "__vueParentComponent", T, !0)), q && pn(p, null, T, "beforeMount");
    const ot = Vp(k, z);
    ot && z.beforeEnter(R), s(R, _, E), ((A = Y && Y.onVnodeMounted) || ot || q) && jt(() => {
      A && xe(A, T, p), ot && z.enter(R), q && pn(p, null, T, "mounted");
    }, k);
  }, O = (p, _, E, T, k) => {
    if (E && d(p, E), T)
      for (let C = 0; C < T.length; C++)
        d(p, T[C]);
    if (k) {
      let C = k.subTree;
      if (x.NODE_ENV !== "production" && C.patchFlag > 0 && C.patchFlag & 2048 && (C = Qr(C.children) || C), _ === C || su(C.type) && (C.ssContent === _ || C.ssFallback === _)) {
        const $ = k.vnode;
        O(
          p,
          $,
          $.scopeId,
          $.slotScopeIds,
          k.parent
        );
      }
    }
  }, M = (p, _, E, T, k, C, $, F, R = 0) => {
    for (let A = R; A < p.length; A++) {
      const Y = p[A] = F ? Qe(p[A]) : ue(p[A]);
      m(
        null,
        Y,
        _,
        E,
        T,
        k,
        C,
        $,
        F
      );
    }
  }, L = (p, _, E, T, k, C, $) => {
    const F = _.el = p.el;
    x.NODE_ENV !== "production" && (F.__vnode = _);
    let { patchFlag: R, dynamicChildren: A, dirs: Y } = _;
    R |= p.patchFlag & 16;
    const B = p.props || ut, z = _.props || ut;
    let q;
    if (E && gn(E, !1), (q = z.onVnodeBeforeUpdate) && xe(q, E, _, p), Y && pn(_, p, E, "beforeUpdate"), E && gn(E, !0), x.NODE_ENV !== "production" && he && (R = 0, $ = !1, A = null), (B.innerHTML && z.innerHTML == null || B.textContent && z.textContent == null) && f(F, ""), A ? (H(
      p.dynamicChildren,
      A,
      F,
      E,
      T,
      Ao(_, k),
      C
    ), x.NODE_ENV !== "production" && ks(p, _)) : $ || Pt(
      p,
      _,
      F,
      null,
      E,
      T,
      Ao(_, k),
      C,
      !1
    ), R > 0) {
      if (R & 16)
        j(F, B, z, E, k);
      else if (R & 2 && B.class !== z.class && o(F, "class", null, z.class, k), R & 4 && o(F, "style", B.style, z.style, k), R & 8) {
        const ot = _.dynamicProps;
        for (let pt = 0; pt < ot.length; pt++) {
          const ct = ot[pt], Gt = B[ct], zt = z[ct];
          (zt !== Gt || ct === "value") && o(F, ct, Gt, zt, k, E);
        }
      }
      R & 1 && p.children !== _.children && f(F, _.children);
    } else !$ && A == null && j(F, B, z, E, k);
    ((q = z.onVnodeUpdated) || Y) && jt(() => {
      q && xe(q, E, _, p), Y && pn(_, p, E, "updated");
    }, T);
  }, H = (p, _, E, T, k, C, $) => {
    for (let F = 0; F < _.length; F++) {
      const R = p[F], A = _[F], Y = (
        // oldVNode may be an errored async setup() component inside Suspense
        // which will not have a mounted element
        R.el && // - In the case of a Fragment, we need to provide the actual parent
        // of the Fragment itself so it can move its children.
        (R.type === Yt || // - In the case of different nodes, there is going to be a replacement
        // which also requires the correct parent container
        !ds(R, A) || // - In the case of a component, it could contain anything.
        R.shapeFlag & 70) ? u(R.el) : (
          // In other cases, the parent container is not actually used so we
          // just pass the block element here to avoid a DOM parentNode call.
          E
        )
      );
      m(
        R,
        A,
        Y,
        null,
        T,
        k,
        C,
        $,
        !0
      );
    }
  }, j = (p, _, E, T, k) => {
    if (_ !== E) {
      if (_ !== ut)
        for (const C in _)
          !Os(C) && !(C in E) && o(
            p,
            C,
            _[C],
            null,
            k,
            T
          );
      for (const C in E) {
        if (Os(C)) continue;
        const $ = E[C], F = _[C];
        $ !== F && C !== "value" && o(p, C, F, $, k, T);
      }
      "value" in E && o(p, "value", _.value, E.value, k);
    }
  }, tt = (p, _, E, T, k, C, $, F, R) => {
    const A = _.el = p ? p.el : a(""), Y = _.anchor = p ? p.anchor : a("");
    let { patchFlag: B, dynamicChildren: z, slotScopeIds: q } = _;
    x.NODE_ENV !== "production" && // #5523 dev root fragment may inherit directives
    (he || B & 2048) && (B = 0, R = !1, z = null), q && (F = F ? F.concat(q) : q), p == null ? (s(A, E, T), s(Y, E, T), M(
      // #10007
      // such fragment like `<></>` will be compiled into
      // a fragment which doesn't have a children.
      // In this case fallback to an empty array
      _.children || [],
      E,
      Y,
      k,
      C,
      $,
      F,
      R
    )) : B > 0 && B & 64 && z && // #2715 the previous fragment could've been a BAILed one as a result
    // of renderSlot() with no valid children
    p.dynamicChildren ? (H(
      p.dynamicChildren,
      z,
      E,
      k,
      C,
      $,
      F
    ), x.NODE_ENV !== "production" ? ks(p, _) : (
      // #2080 if the stable fragment has a key, it's a <template v-for> that may
      //  get moved around. Make sure all root level vnodes inherit el.
      // #2134 or if it's a component root, it may also get moved around
      // as the component is being moved.
      (_.key != null || k && _ === k.subTree) && ks(
        p,
        _,
        !0
        /* shallow */
      )
    )) : Pt(
      p,
      _,
      E,
      Y,
      k,
      C,
      $,
      F,
      R
    );
  }, Ot = (p, _, E, T, k, C, $, F, R) => {
    _.slotScopeIds = F, p == null ? _.shapeFlag & 512 ? k.ctx.activate(
      _,
      E,
      T,
      $,
      R
    ) : it(
      _,
      E,
      T,
      k,
      C,
      $,
      R
    ) : st(p, _, R);
  }, it = (p, _, E, T, k, C, $) => {
    const F = p.component = tg(
      p,
      T,
      k
    );
    if (x.NODE_ENV !== "production" && F.type.__hmrId && Dd(F), x.NODE_ENV !== "production" && (Ni(p), $n(F, "mount")), Gr(p) && (F.ctx.renderer = ls), x.NODE_ENV !== "production" && $n(F, "init"), sg(F, !1, $), x.NODE_ENV !== "production" && Bn(F, "init"), F.asyncDep) {
      if (x.NODE_ENV !== "production" && he && (p.el = null), k && k.registerDep(F, W, $), !p.el) {
        const R = F.subTree = Ce(ee);
        y(null, R, _, E);
      }
    } else
      W(
        F,
        p,
        _,
        E,
        k,
        C,
        $
      );
    x.NODE_ENV !== "production" && (Si(), Bn(F, "mount"));
  }, st = (p, _, E) => {
    const T = _.component = p.component;
    if (zp(p, _, E))
      if (T.asyncDep && !T.asyncResolved) {
        x.NODE_ENV !== "production" && Ni(_), X(T, _, E), x.NODE_ENV !== "production" && Si();
        return;
      } else
        T.next = _, T.update();
    else
      _.el = p.el, T.vnode = _;
  }, W = (p, _, E, T, k, C, $) => {
    const F = () => {
      if (p.isMounted) {
        let { next: B, bu: z, u: q, parent: ot, vnode: pt } = p;
        {
          const _e = Jf(p);
          if (_e) {
            B && (B.el = pt.el, X(p, B, $)), _e.asyncDep.then(() => {
              p.isUnmounted || F();
            });
            return;
          }
        }
        let ct = B, Gt;
        x.NODE_ENV !== "production" && Ni(B || p.vnode), gn(p, !1), B ? (B.el = pt.el, X(p, B, $)) : B = pt, z && fs(z), (Gt = B.props && B.props.onVnodeBeforeUpdate) && xe(Gt, ot, B, pt), gn(p, !0), x.NODE_ENV !== "production" && $n(p, "render");
        const zt = qa(p);
        x.NODE_ENV !== "production" && Bn(p, "render");
        const be = p.subTree;
        p.subTree = zt, x.NODE_ENV !== "production" && $n(p, "patch"), m(
          be,
          zt,
          // parent may have changed if it's in a teleport
          u(be.el),
          // anchor may have changed if it's in a fragment
          Qs(be),
          p,
          k,
          C
        ), x.NODE_ENV !== "production" && Bn(p, "patch"), B.el = zt.el, ct === null && Wp(p, zt.el), q && jt(q, k), (Gt = B.props && B.props.onVnodeUpdated) && jt(
          () => xe(Gt, ot, B, pt),
          k
        ), x.NODE_ENV !== "production" && Df(p), x.NODE_ENV !== "production" && Si();
      } else {
        let B;
        const { el: z, props: q } = _, { bm: ot, m: pt, parent: ct, root: Gt, type: zt } = p, be = Ms(_);
        gn(p, !1), ot && fs(ot), !be && (B = q && q.onVnodeBeforeMount) && xe(B, ct, _), gn(p, !0);
        {
          Gt.ce && Gt.ce._injectChildStyle(zt), x.NODE_ENV !== "production" && $n(p, "render");
          const _e = p.subTree = qa(p);
          x.NODE_ENV !== "production" && Bn(p, "render"), x.NODE_ENV !== "production" && $n(p, "patch"), m(
            null,
            _e,
            E,
            T,
            p,
            k,
            C
          ), x.NODE_ENV !== "production" && Bn(p, "patch"), _.el = _e.el;
        }
        if (pt && jt(pt, k), !be && (B = q && q.onVnodeMounted)) {
          const _e = _;
          jt(
            () => xe(B, ct, _e),
            k
          );
        }
        (_.shapeFlag & 256 || ct && Ms(ct.vnode) && ct.vnode.shapeFlag & 256) && p.a && jt(p.a, k), p.isMounted = !0, x.NODE_ENV !== "production" && Id(p), _ = E = T = null;
      }
    };
    p.scope.on();
    const R = p.effect = new Qc(F);
    p.scope.off();
    const A = p.update = R.run.bind(R), Y = p.job = R.runIfDirty.bind(R);
    Y.i = p, Y.id = p.uid, R.scheduler = () => go(Y), gn(p, !0), x.NODE_ENV !== "production" && (R.onTrack = p.rtc ? (B) => fs(p.rtc, B) : void 0, R.onTrigger = p.rtg ? (B) => fs(p.rtg, B) : void 0), A();
  }, X = (p, _, E) => {
    _.component = p;
    const T = p.vnode.props;
    p.vnode = _, p.next = null, xp(p, _.props, T, E), Cp(p, _.children, E), Xe(), Ia(p), Ge();
  }, Pt = (p, _, E, T, k, C, $, F, R = !1) => {
    const A = p && p.children, Y = p ? p.shapeFlag : 0, B = _.children, { patchFlag: z, shapeFlag: q } = _;
    if (z > 0) {
      if (z & 128) {
        ne(
          A,
          B,
          E,
          T,
          k,
          C,
          $,
          F,
          R
        );
        return;
      } else if (z & 256) {
        le(
          A,
          B,
          E,
          T,
          k,
          C,
          $,
          F,
          R
        );
        return;
      }
    }
    q & 8 ? (Y & 16 && as(A, k, C), B !== A && f(E, B)) : Y & 16 ? q & 16 ? ne(
      A,
      B,
      E,
      T,
      k,
      C,
      $,
      F,
      R
    ) : as(A, k, C, !0) : (Y & 8 && f(E, ""), q & 16 && M(
      B,
      E,
      T,
      k,
      C,
      $,
      F,
      R
    ));
  }, le = (p, _, E, T, k, C, $, F, R) => {
    p = p || Kn, _ = _ || Kn;
    const A = p.length, Y = _.length, B = Math.min(A, Y);
    let z;
    for (z = 0; z < B; z++) {
      const q = _[z] = R ? Qe(_[z]) : ue(_[z]);
      m(
        p[z],
        q,
        E,
        null,
        k,
        C,
        $,
        F,
        R
      );
    }
    A > Y ? as(
      p,
      k,
      C,
      !0,
      !1,
      B
    ) : M(
      _,
      E,
      T,
      k,
      C,
      $,
      F,
      R,
      B
    );
  }, ne = (p, _, E, T, k, C, $, F, R) => {
    let A = 0;
    const Y = _.length;
    let B = p.length - 1, z = Y - 1;
    for (; A <= B && A <= z; ) {
      const q = p[A], ot = _[A] = R ? Qe(_[A]) : ue(_[A]);
      if (ds(q, ot))
        m(
          q,
          ot,
          E,
          null,
          k,
          C,
          $,
          F,
          R
        );
      else
        break;
      A++;
    }
    for (; A <= B && A <= z; ) {
      const q = p[B], ot = _[z] = R ? Qe(_[z]) : ue(_[z]);
      if (ds(q, ot))
        m(
          q,
          ot,
          E,
          null,
          k,
          C,
          $,
          F,
          R
        );
      else
        break;
      B--, z--;
    }
    if (A > B) {
      if (A <= z) {
        const q = z + 1, ot = q < Y ? _[q].el : T;
        for (; A <= z; )
          m(
            null,
            _[A] = R ? Qe(_[A]) : ue(_[A]),
            E,
            ot,
            k,
            C,
            $,
            F,
            R
          ), A++;
      }
    } else if (A > z)
      for (; A <= B; )
        kt(p[A], k, C, !0), A++;
    else {
      const q = A, ot = A, pt = /* @__PURE__ */ new Map();
      for (A = ot; A <= z; A++) {
        const Ft = _[A] = R ? Qe(_[A]) : ue(_[A]);
        Ft.key != null && (x.NODE_ENV !== "production" && pt.has(Ft.key) && I(
          "Duplicate keys found during update:",
          JSON.stringify(Ft.key),
          "Make sure keys are unique."
        ), pt.set(Ft.key, A));
      }
      let ct, Gt = 0;
      const zt = z - ot + 1;
      let be = !1, _e = 0;
      const cs = new Array(zt);
      for (A = 0; A < zt; A++) cs[A] = 0;
      for (A = q; A <= B; A++) {
        const Ft = p[A];
        if (Gt >= zt) {
          kt(Ft, k, C, !0);
          continue;
        }
        let ye;
        if (Ft.key != null)
          ye = pt.get(Ft.key);
        else
          for (ct = ot; ct <= z; ct++)
            if (cs[ct - ot] === 0 && ds(Ft, _[ct])) {
              ye = ct;
              break;
            }
        ye === void 0 ? kt(Ft, k, C, !0) : (cs[ye - ot] = A + 1, ye >= _e ? _e = ye : be = !0, m(
          Ft,
          _[ye],
          E,
          null,
          k,
          C,
          $,
          F,
          R
        ), Gt++);
      }
      const ka = be ? Ip(cs) : Kn;
      for (ct = ka.length - 1, A = zt - 1; A >= 0; A--) {
        const Ft = ot + A, ye = _[Ft], Da = Ft + 1 < Y ? _[Ft + 1].el : T;
        cs[A] === 0 ? m(
          null,
          ye,
          E,
          Da,
          k,
          C,
          $,
          F,
          R
        ) : be && (ct < 0 || A !== ka[ct] ? Lt(ye, E, Da, 2) : ct--);
      }
    }
  }, Lt = (p, _, E, T, k = null) => {
    const { el: C, type: $, transition: F, children: R, shapeFlag: A } = p;
    if (A & 6) {
      Lt(p.component.subTree, _, E, T);
      return;
    }
    if (A & 128) {
      p.suspense.move(_, E, T);
      return;
    }
    if (A & 64) {
      $.move(p, _, E, ls);
      return;
    }
    if ($ === Yt) {
      s(C, _, E);
      for (let B = 0; B < R.length; B++)
        Lt(R[B], _, E, T);
      s(p.anchor, _, E);
      return;
    }
    if ($ === Ci) {
      P(p, _, E);
      return;
    }
    if (T !== 2 && A & 1 && F)
      if (T === 0)
        F.beforeEnter(C), s(C, _, E), jt(() => F.enter(C), k);
      else {
        const { leave: B, delayLeave: z, afterLeave: q } = F, ot = () => s(C, _, E), pt = () => {
          B(C, () => {
            ot(), q && q();
          });
        };
        z ? z(C, ot, pt) : pt();
      }
    else
      s(C, _, E);
  }, kt = (p, _, E, T = !1, k = !1) => {
    const {
      type: C,
      props: $,
      ref: F,
      children: R,
      dynamicChildren: A,
      shapeFlag: Y,
      patchFlag: B,
      dirs: z,
      cacheIndex: q
    } = p;
    if (B === -2 && (k = !1), F != null && Ui(F, null, E, p, !0), q != null && (_.renderCache[q] = void 0), Y & 256) {
      _.ctx.deactivate(p);
      return;
    }
    const ot = Y & 1 && z, pt = !Ms(p);
    let ct;
    if (pt && (ct = $ && $.onVnodeBeforeUnmount) && xe(ct, _, p), Y & 6)
      Ie(p.component, E, T);
    else {
      if (Y & 128) {
        p.suspense.unmount(E, T);
        return;
      }
      ot && pn(p, null, _, "beforeUnmount"), Y & 64 ? p.type.remove(
        p,
        _,
        E,
        ls,
        T
      ) : A && // #5154
      // when v-once is used inside a block, setBlockTracking(-1) marks the
      // parent block with hasOnce: true
      // so that it doesn't take the fast path during unmount - otherwise
      // components nested in v-once are never unmounted.
      !A.hasOnce && // #1153: fast path should not be taken for non-stable (v-for) fragments
      (C !== Yt || B > 0 && B & 64) ? as(
        A,
        _,
        E,
        !1,
        !0
      ) : (C === Yt && B & 384 || !k && Y & 16) && as(R, _, E), T && ce(p);
    }
    (pt && (ct = $ && $.onVnodeUnmounted) || ot) && jt(() => {
      ct && xe(ct, _, p), ot && pn(p, null, _, "unmounted");
    }, E);
  }, ce = (p) => {
    const { type: _, el: E, anchor: T, transition: k } = p;
    if (_ === Yt) {
      x.NODE_ENV !== "production" && p.patchFlag > 0 && p.patchFlag & 2048 && k && !k.persisted ? p.children.forEach(($) => {
        $.type === ee ? i($.el) : ce($);
      }) : dn(E, T);
      return;
    }
    if (_ === Ci) {
      w(p);
      return;
    }
    const C = () => {
      i(E), k && !k.persisted && k.afterLeave && k.afterLeave();
    };
    if (p.shapeFlag & 1 && k && !k.persisted) {
      const { leave: $, delayLeave: F } = k, R = () => $(E, C);
      F ? F(p.el, C, R) : R();
    } else
      C();
  }, dn = (p, _) => {
    let E;
    for (; p !== _; )
      E = h(p), i(p), p = E;
    i(_);
  }, Ie = (p, _, E) => {
    x.NODE_ENV !== "production" && p.type.__hmrId && Cd(p);
    const { bum: T, scope: k, job: C, subTree: $, um: F, m: R, a: A } = p;
    Ka(R), Ka(A), T && fs(T), k.stop(), C && (C.flags |= 8, kt($, p, _, E)), F && jt(F, _), jt(() => {
      p.isUnmounted = !0;
    }, _), _ && _.pendingBranch && !_.isUnmounted && p.asyncDep && !p.asyncResolved && p.suspenseId === _.pendingId && (_.deps--, _.deps === 0 && _.resolve()), x.NODE_ENV !== "production" && Ld(p);
  }, as = (p, _, E, T = !1, k = !1, C = 0) => {
    for (let $ = C; $ < p.length; $++)
      kt(p[$], _, E, T, k);
  }, Qs = (p) => {
    if (p.shapeFlag & 6)
      return Qs(p.component.subTree);
    if (p.shapeFlag & 128)
      return p.suspense.next();
    const _ = h(p.anchor || p.el), E = _ && _[Af];
    return E ? h(E) : _;
  };
  let No = !1;
  const Ma = (p, _, E) => {
    p == null ? _._vnode && kt(_._vnode, null, null, !0) : m(
      _._vnode || null,
      p,
      _,
      null,
      null,
      null,
      E
    ), _._vnode = p, No || (No = !0, Ia(), Nf(), No = !1);
  }, ls = {
    p: m,
    um: kt,
    m: Lt,
    r: ce,
    mt: it,
    mc: M,
    pc: Pt,
    pbc: H,
    n: Qs,
    o: e
  };
  return {
    render: Ma,
    hydrate: void 0,
    createApp: mp(Ma)
  };
}
function Ao({ type: e, props: t }, n) {
  return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function gn({ effect: e, job: t }, n) {
  n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function Vp(e, t) {
  return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function ks(e, t, n = !1) {
  const s = e.children, i = t.children;
  if (U(s) && U(i))
    for (let o = 0; o < s.length; o++) {
      const r = s[o];
      let a = i[o];
      a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[o] = Qe(i[o]), a.el = r.el), !n && a.patchFlag !== -2 && ks(r, a)), a.type === Xs && (a.el = r.el), x.NODE_ENV !== "production" && a.type === ee && !a.el && (a.el = r.el);
    }
}
function Ip(e) {
  const t = e.slice(), n = [0];
  let s, i, o, r, a;
  const l = e.length;
  for (s = 0; s < l; s++) {
    const c = e[s];
    if (c !== 0) {
      if (i = n[n.length - 1], e[i] < c) {
        t[s] = i, n.push(s);
        continue;
      }
      for (o = 0, r = n.length - 1; o < r; )
        a = o + r >> 1, e[n[a]] < c ? o = a + 1 : r = a;
      c < e[n[o]] && (o > 0 && (t[s] = n[o - 1]), n[o] = s);
    }
  }
  for (o = n.length, r = n[o - 1]; o-- > 0; )
    n[o] = r, r = t[r];
  return n;
}
function Jf(e) {
  const t = e.subTree.component;
  if (t)
    return t.asyncDep && !t.asyncResolved ? t : Jf(t);
}
function Ka(e) {
  if (e)
    for (let t = 0; t < e.length; t++)
      e[t].flags |= 8;
}
const Rp = Symbol.for("v-scx"), Lp = () => {
  {
    const e = Di(Rp);
    return e || x.NODE_ENV !== "production" && I(
      "Server rendering context not provided. Make sure to only call useSSRContext() conditionally in the server build."
    ), e;
  }
};
function Vo(e, t, n) {
  return x.NODE_ENV !== "production" && !K(t) && I(
    "`watch(fn, options?)` signature has been moved to a separate API. Use `watchEffect(fn, options?)` instead. `watch` now only supports `watch(source, cb, options?) signature."
  ), Qf(e, t, n);
}
function Qf(e, t, n = ut) {
  const { immediate: s, deep: i, flush: o, once: r } = n;
  x.NODE_ENV !== "production" && !t && (s !== void 0 && I(
    'watch() "immediate" option is only respected when using the watch(source, callback, options?) signature.'
  ), i !== void 0 && I(
    'watch() "deep" option is only respected when using the watch(source, callback, options?) signature.'
  ), r !== void 0 && I(
    'watch() "once" option is only respected when using the watch(source, callback, options?) signature.'
  ));
  const a = _t({}, n);
  x.NODE_ENV !== "production" && (a.onWarn = I);
  const l = t && s || !t && o !== "post";
  let c;
  if ($s) {
    if (o === "sync") {
      const d = Lp();
      c = d.__watcherHandles || (d.__watcherHandles = []);
    } else if (!l) {
      const d = () => {
      };
      return d.stop = St, d.resume = St, d.pause = St, d;
    }
  }
  const f = Dt;
  a.call = (d, g, m) => Ve(d, f, g, m);
  let u = !1;
  o === "post" ? a.scheduler = (d) => {
    jt(d, f && f.suspense);
  } : o !== "sync" && (u = !0, a.scheduler = (d, g) => {
    g ? d() : go(d);
  }), a.augmentJob = (d) => {
    t && (d.flags |= 4), u && (d.flags |= 2, f && (d.id = f.uid, d.i = f));
  };
  const h = vd(e, t, a);
  return $s && (c ? c.push(h) : l && h()), h;
}
function Fp(e, t, n) {
  const s = this.proxy, i = mt(e) ? e.includes(".") ? tu(s, e) : () => s[e] : e.bind(s, s);
  let o;
  K(t) ? o = t : (o = t.handler, n = t);
  const r = Gs(this), a = Qf(i, o.bind(s), n);
  return r(), a;
}
function tu(e, t) {
  const n = t.split(".");
  return () => {
    let s = e;
    for (let i = 0; i < n.length && s; i++)
      s = s[n[i]];
    return s;
  };
}
const $p = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${qt(t)}Modifiers`] || e[`${Jt(t)}Modifiers`];
function Bp(e, t, ...n) {
  if (e.isUnmounted) return;
  const s = e.vnode.props || ut;
  if (x.NODE_ENV !== "production") {
    const {
      emitsOptions: f,
      propsOptions: [u]
    } = e;
    if (f)
      if (!(t in f))
        (!u || !(yn(qt(t)) in u)) && I(
          `Component emitted event "${t}" but it is neither declared in the emits option nor as an "${yn(qt(t))}" prop.`
        );
      else {
        const h = f[t];
        K(h) && (h(...n) || I(
          `Invalid event arguments: event validation failed for event "${t}".`
        ));
      }
  }
  let i = n;
  const o = t.startsWith("update:"), r = o && $p(s, t.slice(7));
  if (r && (r.trim && (i = n.map((f) => mt(f) ? f.trim() : f)), r.number && (i = n.map(Rh))), x.NODE_ENV !== "production" && Bd(e, t, i), x.NODE_ENV !== "production") {
    const f = t.toLowerCase();
    f !== t && s[yn(f)] && I(
      `Event "${f}" is emitted in component ${yo(
        e,
        e.type
      )} but the handler is registered for "${t}". Note that HTML attributes are case-insensitive and you cannot use v-on to listen to camelCase events when using in-DOM templates. You should probably use "${Jt(
        t
      )}" instead of "${t}".`
    );
  }
  let a, l = s[a = yn(t)] || // also try camelCase event handler (#2249)
  s[a = yn(qt(t))];
  !l && o && (l = s[a = yn(Jt(t))]), l && Ve(
    l,
    e,
    6,
    i
  );
  const c = s[a + "Once"];
  if (c) {
    if (!e.emitted)
      e.emitted = {};
    else if (e.emitted[a])
      return;
    e.emitted[a] = !0, Ve(
      c,
      e,
      6,
      i
    );
  }
}
function eu(e, t, n = !1) {
  const s = t.emitsCache, i = s.get(e);
  if (i !== void 0)
    return i;
  const o = e.emits;
  let r = {}, a = !1;
  if (!K(e)) {
    const l = (c) => {
      const f = eu(c, t, !0);
      f && (a = !0, _t(r, f));
    };
    !n && t.mixins.length && t.mixins.forEach(l), e.extends && l(e.extends), e.mixins && e.mixins.forEach(l);
  }
  return !o && !a ? (dt(e) && s.set(e, null), null) : (U(o) ? o.forEach((l) => r[l] = null) : _t(r, o), dt(e) && s.set(e, r), r);
}
function bo(e, t) {
  return !e || !Us(t) ? !1 : (t = t.slice(2).replace(/Once$/, ""), rt(e, t[0].toLowerCase() + t.slice(1)) || rt(e, Jt(t)) || rt(e, t));
}
let mr = !1;
function qi() {
  mr = !0;
}
function qa(e) {
  const {
    type: t,
    vnode: n,
    proxy: s,
    withProxy: i,
    propsOptions: [o],
    slots: r,
    attrs: a,
    emit: l,
    render: c,
    renderCache: f,
    props: u,
    data: h,
    setupState: d,
    ctx: g,
    inheritAttrs: m
  } = e, b = Wi(e);
  let y, N;
  x.NODE_ENV !== "production" && (mr = !1);
  try {
    if (n.shapeFlag & 4) {
      const w = i || s, S = x.NODE_ENV !== "production" && d.__isScriptSetup ? new Proxy(w, {
        get(v, O, M) {
          return I(
            `Property '${String(
              O
            )}' was accessed via 'this'. Avoid using 'this' in templates.`
          ), Reflect.get(v, O, M);
        }
      }) : w;
      y = ue(
        c.call(
          S,
          w,
          f,
          x.NODE_ENV !== "production" ? ke(u) : u,
          d,
          h,
          g
        )
      ), N = a;
    } else {
      const w = t;
      x.NODE_ENV !== "production" && a === u && qi(), y = ue(
        w.length > 1 ? w(
          x.NODE_ENV !== "production" ? ke(u) : u,
          x.NODE_ENV !== "production" ? {
            get attrs() {
              return qi(), ke(a);
            },
            slots: r,
            emit: l
          } : { attrs: a, slots: r, emit: l }
        ) : w(
          x.NODE_ENV !== "production" ? ke(u) : u,
          null
        )
      ), N = t.props ? a : jp(a);
    }
  } catch (w) {
    Ds.length = 0, Ks(w, e, 1), y = Ce(ee);
  }
  let D = y, P;
  if (x.NODE_ENV !== "production" && y.patchFlag > 0 && y.patchFlag & 2048 && ([D, P] = nu(y)), N && m !== !1) {
    const w = Object.keys(N), { shapeFlag: S } = D;
    if (w.length) {
      if (S & 7)
        o && w.some(Fi) && (N = Hp(
          N,
          o
        )), D = an(D, N, !1, !0);
      else if (x.NODE_ENV !== "production" && !mr && D.type !== ee) {
        const v = Object.keys(a), O = [], M = [];
        for (let L = 0, H = v.length; L < H; L++) {
          const j = v[L];
          Us(j) ? Fi(j) || O.push(j[2].toLowerCase() + j.slice(3)) : M.push(j);
        }
        M.length && I(
          `Extraneous non-props attributes (${M.join(", ")}) were passed to component but could not be automatically inherited because component renders fragment or text or teleport root nodes.`
        ), O.length && I(
          `Extraneous non-emits event listeners (${O.join(", ")}) were passed to component but could not be automatically inherited because component renders fragment or text root nodes. If the listener is intended to be a component custom event listener only, declare it using the "emits" option.`
        );
      }
    }
  }
  return n.dirs && (x.NODE_ENV !== "production" && !Xa(D) && I(
    "Runtime directive used on component with non-element root node. The directives will not function as intended."
  ), D = an(D, null, !1, !0), D.dirs = D.dirs ? D.dirs.concat(n.dirs) : n.dirs), n.transition && (x.NODE_ENV !== "production" && !Xa(D) && I(
    "Component inside <Transition> renders non-element root node that cannot be animated."
  ), Xr(D, n.transition)), x.NODE_ENV !== "production" && P ? P(D) : y = D, Wi(b), y;
}
const nu = (e) => {
  const t = e.children, n = e.dynamicChildren, s = Qr(t, !1);
  if (s) {
    if (x.NODE_ENV !== "production" && s.patchFlag > 0 && s.patchFlag & 2048)
      return nu(s);
  } else return [e, void 0];
  const i = t.indexOf(s), o = n ? n.indexOf(s) : -1, r = (a) => {
    t[i] = a, n && (o > -1 ? n[o] = a : a.patchFlag > 0 && (e.dynamicChildren = [...n, a]));
  };
  return [ue(s), r];
};
function Qr(e, t = !0) {
  let n;
  for (let s = 0; s < e.length; s++) {
    const i = e[s];
    if (_o(i)) {
      if (i.type !== ee || i.children === "v-if") {
        if (n)
          return;
        if (n = i, x.NODE_ENV !== "production" && t && n.patchFlag > 0 && n.patchFlag & 2048)
          return Qr(n.children);
      }
    } else
      return;
  }
  return n;
}
const jp = (e) => {
  let t;
  for (const n in e)
    (n === "class" || n === "style" || Us(n)) && ((t || (t = {}))[n] = e[n]);
  return t;
}, Hp = (e, t) => {
  const n = {};
  for (const s in e)
    (!Fi(s) || !(s.slice(9) in t)) && (n[s] = e[s]);
  return n;
}, Xa = (e) => e.shapeFlag & 7 || e.type === ee;
function zp(e, t, n) {
  const { props: s, children: i, component: o } = e, { props: r, children: a, patchFlag: l } = t, c = o.emitsOptions;
  if (x.NODE_ENV !== "production" && (i || a) && he || t.dirs || t.transition)
    return !0;
  if (n && l >= 0) {
    if (l & 1024)
      return !0;
    if (l & 16)
      return s ? Ga(s, r, c) : !!r;
    if (l & 8) {
      const f = t.dynamicProps;
      for (let u = 0; u < f.length; u++) {
        const h = f[u];
        if (r[h] !== s[h] && !bo(c, h))
          return !0;
      }
    }
  } else
    return (i || a) && (!a || !a.$stable) ? !0 : s === r ? !1 : s ? r ? Ga(s, r, c) : !0 : !!r;
  return !1;
}
function Ga(e, t, n) {
  const s = Object.keys(t);
  if (s.length !== Object.keys(e).length)
    return !0;
  for (let i = 0; i < s.length; i++) {
    const o = s[i];
    if (t[o] !== e[o] && !bo(n, o))
      return !0;
  }
  return !1;
}
function Wp({ vnode: e, parent: t }, n) {
  for (; t; ) {
    const s = t.subTree;
    if (s.suspense && s.suspense.activeBranch === e && (s.el = e.el), s === e)
      (e = t.vnode).el = n, t = t.parent;
    else
      break;
  }
}
const su = (e) => e.__isSuspense;
function Up(e, t) {
  t && t.pendingBranch ? U(e) ? t.effects.push(...e) : t.effects.push(e) : Of(e);
}
const Yt = Symbol.for("v-fgt"), Xs = Symbol.for("v-txt"), ee = Symbol.for("v-cmt"), Ci = Symbol.for("v-stc"), Ds = [];
let te = null;
function fe(e = !1) {
  Ds.push(te = e ? null : []);
}
function Yp() {
  Ds.pop(), te = Ds[Ds.length - 1] || null;
}
let Fs = 1;
function Za(e, t = !1) {
  Fs += e, e < 0 && te && t && (te.hasOnce = !0);
}
function iu(e) {
  return e.dynamicChildren = Fs > 0 ? te || Kn : null, Yp(), Fs > 0 && te && te.push(e), e;
}
function Le(e, t, n, s, i, o) {
  return iu(
    bt(
      e,
      t,
      n,
      s,
      i,
      o,
      !0
    )
  );
}
function ou(e, t, n, s, i) {
  return iu(
    Ce(
      e,
      t,
      n,
      s,
      i,
      !0
    )
  );
}
function _o(e) {
  return e ? e.__v_isVNode === !0 : !1;
}
function ds(e, t) {
  if (x.NODE_ENV !== "production" && t.shapeFlag & 6 && e.component) {
    const n = Mi.get(t.type);
    if (n && n.has(e.component))
      return e.shapeFlag &= -257, t.shapeFlag &= -513, !1;
  }
  return e.type === t.type && e.key === t.key;
}
const Kp = (...e) => au(
  ...e
), ru = ({ key: e }) => e ?? null, Pi = ({
  ref: e,
  ref_key: t,
  ref_for: n
}) => (typeof e == "number" && (e = "" + e), e != null ? mt(e) || Mt(e) || K(e) ? { i: Qt, r: e, k: t, f: !!n } : e : null);
function bt(e, t = null, n = null, s = 0, i = null, o = e === Yt ? 0 : 1, r = !1, a = !1) {
  const l = {
    __v_isVNode: !0,
    __v_skip: !0,
    type: e,
    props: t,
    key: t && ru(t),
    ref: t && Pi(t),
    scopeId: Pf,
    slotScopeIds: null,
    children: n,
    component: null,
    suspense: null,
    ssContent: null,
    ssFallback: null,
    dirs: null,
    transition: null,
    el: null,
    anchor: null,
    target: null,
    targetStart: null,
    targetAnchor: null,
    staticCount: 0,
    shapeFlag: o,
    patchFlag: s,
    dynamicProps: i,
    dynamicChildren: null,
    appContext: null,
    ctx: Qt
  };
  return a ? (ta(l, n), o & 128 && e.normalize(l)) : n && (l.shapeFlag |= mt(n) ? 8 : 16), x.NODE_ENV !== "production" && l.key !== l.key && I("VNode created with invalid key (NaN). VNode type:", l.type), Fs > 0 && // avoid a block node from tracking itself
  !r && // has current parent block
  te && // presence of a patch flag indicates this node needs patching on updates.
  // component nodes also should always be patched, because even if the
  // component doesn't need to update, it needs to persist the instance on to
  // the next vnode so that it can be properly unmounted later.
  (l.patchFlag > 0 || o & 6) && // the EVENTS flag is only for hydration and if it is the only flag, the
  // vnode should not be considered dynamic due to handler caching.
  l.patchFlag !== 32 && te.push(l), l;
}
const Ce = x.NODE_ENV !== "production" ? Kp : au;
function au(e, t = null, n = null, s = 0, i = null, o = !1) {
  if ((!e || e === op) && (x.NODE_ENV !== "production" && !e && I(`Invalid vnode type when creating vnode: ${e}.`), e = ee), _o(e)) {
    const a = an(
      e,
      t,
      !0
      /* mergeRef: true */
    );
    return n && ta(a, n), Fs > 0 && !o && te && (a.shapeFlag & 6 ? te[te.indexOf(e)] = a : te.push(a)), a.patchFlag = -2, a;
  }
  if (hu(e) && (e = e.__vccOpts), t) {
    t = qp(t);
    let { class: a, style: l } = t;
    a && !mt(a) && (t.class = jr(a)), dt(l) && (Bi(l) && !U(l) && (l = _t({}, l)), t.style = ze(l));
  }
  const r = mt(e) ? 1 : su(e) ? 128 : Hd(e) ? 64 : dt(e) ? 4 : K(e) ? 2 : 0;
  return x.NODE_ENV !== "production" && r & 4 && Bi(e) && (e = et(e), I(
    "Vue received a Component that was made a reactive object. This can lead to unnecessary performance overhead and should be avoided by marking the component with `markRaw` or using `shallowRef` instead of `ref`.",
    `
Component that was made reactive: `,
    e
  )), bt(
    e,
    t,
    n,
    s,
    i,
    r,
    o,
    !0
  );
}
function qp(e) {
  return e ? Bi(e) || Uf(e) ? _t({}, e) : e : null;
}
function an(e, t, n = !1, s = !1) {
  const { props: i, ref: o, patchFlag: r, children: a, transition: l } = e, c = t ? Zp(i || {}, t) : i, f = {
    __v_isVNode: !0,
    __v_skip: !0,
    type: e.type,
    props: c,
    key: c && ru(c),
    ref: t && t.ref ? (
      // #2078 in the case of <component :is="vnode" ref="extra"/>
      // if the vnode itself already has a ref, cloneVNode will need to merge
      // the refs so the single vnode can be set on multiple refs
      n && o ? U(o) ? o.concat(Pi(t)) : [o, Pi(t)] : Pi(t)
    ) : o,
    scopeId: e.scopeId,
    slotScopeIds: e.slotScopeIds,
    children: x.NODE_ENV !== "production" && r === -1 && U(a) ? a.map(lu) : a,
    target: e.target,
    targetStart: e.targetStart,
    targetAnchor: e.targetAnchor,
    staticCount: e.staticCount,
    shapeFlag: e.shapeFlag,
    // if the vnode is cloned with extra props, we can no longer assume its
    // existing patch flag to be reliable and need to add the FULL_PROPS flag.
    // note: preserve flag for fragments since they use the flag for children
    // fast paths only.
    patchFlag: t && e.type !== Yt ? r === -1 ? 16 : r | 16 : r,
    dynamicProps: e.dynamicProps,
    dynamicChildren: e.dynamicChildren,
    appContext: e.appContext,
    dirs: e.dirs,
    transition: l,
    // These should technically only be non-null on mounted VNodes. However,
    // they *should* be copied for kept-alive vnodes. So we just always copy
    // them since them being non-null during a mount doesn't affect the logic as
    // they will simply be overwritten.
    component: e.component,
    suspense: e.suspense,
    ssContent: e.ssContent && an(e.ssContent),
    ssFallback: e.ssFallback && an(e.ssFallback),
    el: e.el,
    anchor: e.anchor,
    ctx: e.ctx,
    ce: e.ce
  };
  return l && s && Xr(
    f,
    l.clone(f)
  ), f;
}
function lu(e) {
  const t = an(e);
  return U(e.children) && (t.children = e.children.map(lu)), t;
}
function Xp(e = " ", t = 0) {
  return Ce(Xs, null, e, t);
}
function Gp(e = "", t = !1) {
  return t ? (fe(), ou(ee, null, e)) : Ce(ee, null, e);
}
function ue(e) {
  return e == null || typeof e == "boolean" ? Ce(ee) : U(e) ? Ce(
    Yt,
    null,
    // #3666, avoid reference pollution when reusing vnode
    e.slice()
  ) : _o(e) ? Qe(e) : Ce(Xs, null, String(e));
}
function Qe(e) {
  return e.el === null && e.patchFlag !== -1 || e.memo ? e : an(e);
}
function ta(e, t) {
  let n = 0;
  const { shapeFlag: s } = e;
  if (t == null)
    t = null;
  else if (U(t))
    n = 16;
  else if (typeof t == "object")
    if (s & 65) {
      const i = t.default;
      i && (i._c && (i._d = !1), ta(e, i()), i._c && (i._d = !0));
      return;
    } else {
      n = 32;
      const i = t._;
      !i && !Uf(t) ? t._ctx = Qt : i === 3 && Qt && (Qt.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
    }
  else K(t) ? (t = { default: t, _ctx: Qt }, n = 32) : (t = String(t), s & 64 ? (n = 16, t = [Xp(t)]) : n = 8);
  e.children = t, e.shapeFlag |= n;
}
function Zp(...e) {
  const t = {};
  for (let n = 0; n < e.length; n++) {
    const s = e[n];
    for (const i in s)
      if (i === "class")
        t.class !== s.class && (t.class = jr([t.class, s.class]));
      else if (i === "style")
        t.style = ze([t.style, s.style]);
      else if (Us(i)) {
        const o = t[i], r = s[i];
        r && o !== r && !(U(o) && o.includes(r)) && (t[i] = o ? [].concat(o, r) : r);
      } else i !== "" && (t[i] = s[i]);
  }
  return t;
}
function xe(e, t, n, s = null) {
  Ve(e, t, 7, [
    n,
    s
  ]);
}
const Jp = Hf();
let Qp = 0;
function tg(e, t, n) {
  const s = e.type, i = (t ? t.appContext : e.appContext) || Jp, o = {
    uid: Qp++,
    vnode: e,
    type: s,
    parent: t,
    appContext: i,
    root: null,
    // to be immediately set
    next: null,
    subTree: null,
    // will be set synchronously right after creation
    effect: null,
    update: null,
    // will be set synchronously right after creation
    job: null,
    scope: new Xh(
      !0
      /* detached */
    ),
    render: null,
    proxy: null,
    exposed: null,
    exposeProxy: null,
    withProxy: null,
    provides: t ? t.provides : Object.create(i.provides),
    ids: t ? t.ids : ["", 0, 0],
    accessCache: null,
    renderCache: [],
    // local resolved assets
    components: null,
    directives: null,
    // resolved props and emits options
    propsOptions: Kf(s, i),
    emitsOptions: eu(s, i),
    // emit
    emit: null,
    // to be set immediately
    emitted: null,
    // props default value
    propsDefaults: ut,
    // inheritAttrs
    inheritAttrs: s.inheritAttrs,
    // state
    ctx: ut,
    data: ut,
    props: ut,
    attrs: ut,
    slots: ut,
    refs: ut,
    setupState: ut,
    setupContext: null,
    // suspense related
    suspense: n,
    suspenseId: n ? n.pendingId : 0,
    asyncDep: null,
    asyncResolved: !1,
    // lifecycle hooks
    // not using enums here because it results in computed properties
    isMounted: !1,
    isUnmounted: !1,
    isDeactivated: !1,
    bc: null,
    c: null,
    bm: null,
    m: null,
    bu: null,
    u: null,
    um: null,
    bum: null,
    da: null,
    a: null,
    rtg: null,
    rtc: null,
    ec: null,
    sp: null
  };
  return x.NODE_ENV !== "production" ? o.ctx = rp(o) : o.ctx = { _: o }, o.root = t ? t.root : o, o.emit = Bp.bind(null, o), e.ce && e.ce(o), o;
}
let Dt = null;
const eg = () => Dt || Qt;
let Xi, br;
{
  const e = Ys(), t = (n, s) => {
    let i;
    return (i = e[n]) || (i = e[n] = []), i.push(s), (o) => {
      i.length > 1 ? i.forEach((r) => r(o)) : i[0](o);
    };
  };
  Xi = t(
    "__VUE_INSTANCE_SETTERS__",
    (n) => Dt = n
  ), br = t(
    "__VUE_SSR_SETTERS__",
    (n) => $s = n
  );
}
const Gs = (e) => {
  const t = Dt;
  return Xi(e), e.scope.on(), () => {
    e.scope.off(), Xi(t);
  };
}, Ja = () => {
  Dt && Dt.scope.off(), Xi(null);
}, ng = /* @__PURE__ */ qe("slot,component");
function _r(e, { isNativeTag: t }) {
  (ng(e) || t(e)) && I(
    "Do not use built-in or reserved HTML elements as component id: " + e
  );
}
function cu(e) {
  return e.vnode.shapeFlag & 4;
}
let $s = !1;
function sg(e, t = !1, n = !1) {
  t && br(t);
  const { props: s, children: i } = e.vnode, o = cu(e);
  _p(e, s, o, t), Dp(e, i, n);
  const r = o ? ig(e, t) : void 0;
  return t && br(!1), r;
}
function ig(e, t) {
  var n;
  const s = e.type;
  if (x.NODE_ENV !== "production") {
    if (s.name && _r(s.name, e.appContext.config), s.components) {
      const o = Object.keys(s.components);
      for (let r = 0; r < o.length; r++)
        _r(o[r], e.appContext.config);
    }
    if (s.directives) {
      const o = Object.keys(s.directives);
      for (let r = 0; r < o.length; r++)
        Tf(o[r]);
    }
    s.compilerOptions && og() && I(
      '"compilerOptions" is only supported when using a build of Vue that includes the runtime compiler. Since you are using a runtime-only build, the options should be passed via your build tool config instead.'
    );
  }
  e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, $f), x.NODE_ENV !== "production" && ap(e);
  const { setup: i } = s;
  if (i) {
    Xe();
    const o = e.setupContext = i.length > 1 ? ag(e) : null, r = Gs(e), a = es(
      i,
      e,
      0,
      [
        x.NODE_ENV !== "production" ? ke(e.props) : e.props,
        o
      ]
    ), l = Fr(a);
    if (Ge(), r(), (l || e.sp) && !Ms(e) && Rf(e), l) {
      if (a.then(Ja, Ja), t)
        return a.then((c) => {
          Qa(e, c, t);
        }).catch((c) => {
          Ks(c, e, 0);
        });
      if (e.asyncDep = a, x.NODE_ENV !== "production" && !e.suspense) {
        const c = (n = s.name) != null ? n : "Anonymous";
        I(
          `Component <${c}>: setup function returned a promise, but no <Suspense> boundary was found in the parent component tree. A component with async setup() must be nested in a <Suspense> in order to be rendered.`
        );
      }
    } else
      Qa(e, a, t);
  } else
    fu(e, t);
}
function Qa(e, t, n) {
  K(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : dt(t) ? (x.NODE_ENV !== "production" && _o(t) && I(
    "setup() should not return VNodes directly - return a render function instead."
  ), x.NODE_ENV !== "production" && (e.devtoolsRawSetupState = t), e.setupState = yf(t), x.NODE_ENV !== "production" && lp(e)) : x.NODE_ENV !== "production" && t !== void 0 && I(
    `setup() should return an object. Received: ${t === null ? "null" : typeof t}`
  ), fu(e, n);
}
const og = () => !0;
function fu(e, t, n) {
  const s = e.type;
  e.render || (e.render = s.render || St);
  {
    const i = Gs(e);
    Xe();
    try {
      fp(e);
    } finally {
      Ge(), i();
    }
  }
  x.NODE_ENV !== "production" && !s.render && e.render === St && !t && (s.template ? I(
    'Component provided template option but runtime compilation is not supported in this build of Vue. Configure your bundler to alias "vue" to "vue/dist/vue.esm-bundler.js".'
  ) : I("Component is missing template or render function: ", s));
}
const tl = x.NODE_ENV !== "production" ? {
  get(e, t) {
    return qi(), Nt(e, "get", ""), e[t];
  },
  set() {
    return I("setupContext.attrs is readonly."), !1;
  },
  deleteProperty() {
    return I("setupContext.attrs is readonly."), !1;
  }
} : {
  get(e, t) {
    return Nt(e, "get", ""), e[t];
  }
};
function rg(e) {
  return new Proxy(e.slots, {
    get(t, n) {
      return Nt(e, "get", "$slots"), t[n];
    }
  });
}
function ag(e) {
  const t = (n) => {
    if (x.NODE_ENV !== "production" && (e.exposed && I("expose() should be called only once per setup()."), n != null)) {
      let s = typeof n;
      s === "object" && (U(n) ? s = "array" : Mt(n) && (s = "ref")), s !== "object" && I(
        `expose() should be passed a plain object, received ${s}.`
      );
    }
    e.exposed = n || {};
  };
  if (x.NODE_ENV !== "production") {
    let n, s;
    return Object.freeze({
      get attrs() {
        return n || (n = new Proxy(e.attrs, tl));
      },
      get slots() {
        return s || (s = rg(e));
      },
      get emit() {
        return (i, ...o) => e.emit(i, ...o);
      },
      expose: t
    });
  } else
    return {
      attrs: new Proxy(e.attrs, tl),
      slots: e.slots,
      emit: e.emit,
      expose: t
    };
}
function ea(e) {
  return e.exposed ? e.exposeProxy || (e.exposeProxy = new Proxy(yf(md(e.exposed)), {
    get(t, n) {
      if (n in t)
        return t[n];
      if (n in Pn)
        return Pn[n](e);
    },
    has(t, n) {
      return n in t || n in Pn;
    }
  })) : e.proxy;
}
const lg = /(?:^|[-_])(\w)/g, cg = (e) => e.replace(lg, (t) => t.toUpperCase()).replace(/[-_]/g, "");
function uu(e, t = !0) {
  return K(e) ? e.displayName || e.name : e.name || t && e.__name;
}
function yo(e, t, n = !1) {
  let s = uu(t);
  if (!s && t.__file) {
    const i = t.__file.match(/([^/\\]+)\.\w+$/);
    i && (s = i[1]);
  }
  if (!s && e && e.parent) {
    const i = (o) => {
      for (const r in o)
        if (o[r] === t)
          return r;
    };
    s = i(
      e.components || e.parent.type.components
    ) || i(e.appContext.components);
  }
  return s ? cg(s) : n ? "App" : "Anonymous";
}
function hu(e) {
  return K(e) && "__vccOpts" in e;
}
const fg = (e, t) => {
  const n = yd(e, t, $s);
  if (x.NODE_ENV !== "production") {
    const s = eg();
    s && s.appContext.config.warnRecursiveComputed && (n._warnRecursive = !0);
  }
  return n;
};
function ug() {
  if (x.NODE_ENV === "production" || typeof window > "u")
    return;
  const e = { style: "color:#3ba776" }, t = { style: "color:#1677ff" }, n = { style: "color:#f5222d" }, s = { style: "color:#eb2f96" }, i = {
    __vue_custom_formatter: !0,
    header(u) {
      return dt(u) ? u.__isVue ? ["div", e, "VueInstance"] : Mt(u) ? [
        "div",
        {},
        ["span", e, f(u)],
        "<",
        // avoid debugger accessing value affecting behavior
        a("_value" in u ? u._value : u),
        ">"
      ] : kn(u) ? [
        "div",
        {},
        ["span", e, Xt(u) ? "ShallowReactive" : "Reactive"],
        "<",
        a(u),
        `>${rn(u) ? " (readonly)" : ""}`
      ] : rn(u) ? [
        "div",
        {},
        ["span", e, Xt(u) ? "ShallowReadonly" : "Readonly"],
        "<",
        a(u),
        ">"
      ] : null : null;
    },
    hasBody(u) {
      return u && u.__isVue;
    },
    body(u) {
      if (u && u.__isVue)
        return [
          "div",
          {},
          ...o(u.$)
        ];
    }
  };
  function o(u) {
    const h = [];
    u.type.props && u.props && h.push(r("props", et(u.props))), u.setupState !== ut && h.push(r("setup", u.setupState)), u.data !== ut && h.push(r("data", et(u.data)));
    const d = l(u, "computed");
    d && h.push(r("computed", d));
    const g = l(u, "inject");
    return g && h.push(r("injected", g)), h.push([
      "div",
      {},
      [
        "span",
        {
          style: s.style + ";opacity:0.66"
        },
        "$ (internal): "
      ],
      ["object", { object: u }]
    ]), h;
  }
  function r(u, h) {
    return h = _t({}, h), Object.keys(h).length ? [
      "div",
      { style: "line-height:1.25em;margin-bottom:0.6em" },
      [
        "div",
        {
          style: "color:#476582"
        },
        u
      ],
      [
        "div",
        {
          style: "padding-left:1.25em"
        },
        ...Object.keys(h).map((d) => [
          "div",
          {},
          ["span", s, d + ": "],
          a(h[d], !1)
        ])
      ]
    ] : ["span", {}];
  }
  function a(u, h = !0) {
    return typeof u == "number" ? ["span", t, u] : typeof u == "string" ? ["span", n, JSON.stringify(u)] : typeof u == "boolean" ? ["span", s, u] : dt(u) ? ["object", { object: h ? et(u) : u }] : ["span", n, String(u)];
  }
  function l(u, h) {
    const d = u.type;
    if (K(d))
      return;
    const g = {};
    for (const m in u.ctx)
      c(d, m, h) && (g[m] = u.ctx[m]);
    return g;
  }
  function c(u, h, d) {
    const g = u[d];
    if (U(g) && g.includes(h) || dt(g) && h in g || u.extends && c(u.extends, h, d) || u.mixins && u.mixins.some((m) => c(m, h, d)))
      return !0;
  }
  function f(u) {
    return Xt(u) ? "ShallowRef" : u.effect ? "ComputedRef" : "Ref";
  }
  window.devtoolsFormatters ? window.devtoolsFormatters.push(i) : window.devtoolsFormatters = [i];
}
const el = "3.5.13", oe = x.NODE_ENV !== "production" ? I : St;
var At = {};
let yr;
const nl = typeof window < "u" && window.trustedTypes;
if (nl)
  try {
    yr = /* @__PURE__ */ nl.createPolicy("vue", {
      createHTML: (e) => e
    });
  } catch (e) {
    At.NODE_ENV !== "production" && oe(`Error creating trusted types policy: ${e}`);
  }
const du = yr ? (e) => yr.createHTML(e) : (e) => e, hg = "http://www.w3.org/2000/svg", dg = "http://www.w3.org/1998/Math/MathML", He = typeof document < "u" ? document : null, sl = He && /* @__PURE__ */ He.createElement("template"), pg = {
  insert: (e, t, n) => {
    t.insertBefore(e, n || null);
  },
  remove: (e) => {
    const t = e.parentNode;
    t && t.removeChild(e);
  },
  createElement: (e, t, n, s) => {
    const i = t === "svg" ? He.createElementNS(hg, e) : t === "mathml" ? He.createElementNS(dg, e) : n ? He.createElement(e, { is: n }) : He.createElement(e);
    return e === "select" && s && s.multiple != null && i.setAttribute("multiple", s.multiple), i;
  },
  createText: (e) => He.createTextNode(e),
  createComment: (e) => He.createComment(e),
  setText: (e, t) => {
    e.nodeValue = t;
  },
  setElementText: (e, t) => {
    e.textContent = t;
  },
  parentNode: (e) => e.parentNode,
  nextSibling: (e) => e.nextSibling,
  querySelector: (e) => He.querySelector(e),
  setScopeId(e, t) {
    e.setAttribute(t, "");
  },
  // __UNSAFE__
  // Reason: innerHTML.
  // Static content here can only come from compiled templates.
  // As long as the user only uses trusted templates, this is safe.
  insertStaticContent(e, t, n, s, i, o) {
    const r = n ? n.previousSibling : t.lastChild;
    if (i && (i === o || i.nextSibling))
      for (; t.insertBefore(i.cloneNode(!0), n), !(i === o || !(i = i.nextSibling)); )
        ;
    else {
      sl.innerHTML = du(
        s === "svg" ? `<svg>${e}</svg>` : s === "mathml" ? `<math>${e}</math>` : e
      );
      const a = sl.content;
      if (s === "svg" || s === "mathml") {
        const l = a.firstChild;
        for (; l.firstChild; )
          a.appendChild(l.firstChild);
        a.removeChild(l);
      }
      t.insertBefore(a, n);
    }
    return [
      // first
      r ? r.nextSibling : t.firstChild,
      // last
      n ? n.previousSibling : t.lastChild
    ];
  }
}, gg = Symbol("_vtc");
function mg(e, t, n) {
  const s = e[gg];
  s && (t = (t ? [t, ...s] : [...s]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
const il = Symbol("_vod"), bg = Symbol("_vsh"), _g = Symbol(At.NODE_ENV !== "production" ? "CSS_VAR_TEXT" : ""), yg = /(^|;)\s*display\s*:/;
function xg(e, t, n) {
  const s = e.style, i = mt(n);
  let o = !1;
  if (n && !i) {
    if (t)
      if (mt(t))
        for (const r of t.split(";")) {
          const a = r.slice(0, r.indexOf(":")).trim();
          n[a] == null && Ti(s, a, "");
        }
      else
        for (const r in t)
          n[r] == null && Ti(s, r, "");
    for (const r in n)
      r === "display" && (o = !0), Ti(s, r, n[r]);
  } else if (i) {
    if (t !== n) {
      const r = s[_g];
      r && (n += ";" + r), s.cssText = n, o = yg.test(n);
    }
  } else t && e.removeAttribute("style");
  il in e && (e[il] = o ? s.display : "", e[bg] && (s.display = "none"));
}
const vg = /[^\\];\s*$/, ol = /\s*!important$/;
function Ti(e, t, n) {
  if (U(n))
    n.forEach((s) => Ti(e, t, s));
  else if (n == null && (n = ""), At.NODE_ENV !== "production" && vg.test(n) && oe(
    `Unexpected semicolon at the end of '${t}' style value: '${n}'`
  ), t.startsWith("--"))
    e.setProperty(t, n);
  else {
    const s = wg(e, t);
    ol.test(n) ? e.setProperty(
      Jt(s),
      n.replace(ol, ""),
      "important"
    ) : e[s] = n;
  }
}
const rl = ["Webkit", "Moz", "ms"], Io = {};
function wg(e, t) {
  const n = Io[t];
  if (n)
    return n;
  let s = qt(t);
  if (s !== "filter" && s in e)
    return Io[t] = s;
  s = fo(s);
  for (let i = 0; i < rl.length; i++) {
    const o = rl[i] + s;
    if (o in e)
      return Io[t] = o;
  }
  return t;
}
const al = "http://www.w3.org/1999/xlink";
function ll(e, t, n, s, i, o = qh(t)) {
  s && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(al, t.slice(6, t.length)) : e.setAttributeNS(al, t, n) : n == null || o && !Gc(n) ? e.removeAttribute(t) : e.setAttribute(
    t,
    o ? "" : fn(n) ? String(n) : n
  );
}
function cl(e, t, n, s, i) {
  if (t === "innerHTML" || t === "textContent") {
    n != null && (e[t] = t === "innerHTML" ? du(n) : n);
    return;
  }
  const o = e.tagName;
  if (t === "value" && o !== "PROGRESS" && // custom elements may use _value internally
  !o.includes("-")) {
    const a = o === "OPTION" ? e.getAttribute("value") || "" : e.value, l = n == null ? (
      // #11647: value should be set as empty string for null and undefined,
      // but <input type="checkbox"> should be set as 'on'.
      e.type === "checkbox" ? "on" : ""
    ) : String(n);
    (a !== l || !("_value" in e)) && (e.value = l), n == null && e.removeAttribute(t), e._value = n;
    return;
  }
  let r = !1;
  if (n === "" || n == null) {
    const a = typeof e[t];
    a === "boolean" ? n = Gc(n) : n == null && a === "string" ? (n = "", r = !0) : a === "number" && (n = 0, r = !0);
  }
  try {
    e[t] = n;
  } catch (a) {
    At.NODE_ENV !== "production" && !r && oe(
      `Failed setting prop "${t}" on <${o.toLowerCase()}>: value ${n} is invalid.`,
      a
    );
  }
  r && e.removeAttribute(i || t);
}
function Eg(e, t, n, s) {
  e.addEventListener(t, n, s);
}
function Og(e, t, n, s) {
  e.removeEventListener(t, n, s);
}
const fl = Symbol("_vei");
function Ng(e, t, n, s, i = null) {
  const o = e[fl] || (e[fl] = {}), r = o[t];
  if (s && r)
    r.value = At.NODE_ENV !== "production" ? hl(s, t) : s;
  else {
    const [a, l] = Sg(t);
    if (s) {
      const c = o[t] = Dg(
        At.NODE_ENV !== "production" ? hl(s, t) : s,
        i
      );
      Eg(e, a, c, l);
    } else r && (Og(e, a, r, l), o[t] = void 0);
  }
}
const ul = /(?:Once|Passive|Capture)$/;
function Sg(e) {
  let t;
  if (ul.test(e)) {
    t = {};
    let s;
    for (; s = e.match(ul); )
      e = e.slice(0, e.length - s[0].length), t[s[0].toLowerCase()] = !0;
  }
  return [e[2] === ":" ? e.slice(3) : Jt(e.slice(2)), t];
}
let Ro = 0;
const Mg = /* @__PURE__ */ Promise.resolve(), kg = () => Ro || (Mg.then(() => Ro = 0), Ro = Date.now());
function Dg(e, t) {
  const n = (s) => {
    if (!s._vts)
      s._vts = Date.now();
    else if (s._vts <= n.attached)
      return;
    Ve(
      Cg(s, n.value),
      t,
      5,
      [s]
    );
  };
  return n.value = e, n.attached = kg(), n;
}
function hl(e, t) {
  return K(e) || U(e) ? e : (oe(
    `Wrong type passed as event handler to ${t} - did you forget @ or : in front of your prop?
Expected function or array of functions, received type ${typeof e}.`
  ), St);
}
function Cg(e, t) {
  if (U(t)) {
    const n = e.stopImmediatePropagation;
    return e.stopImmediatePropagation = () => {
      n.call(e), e._stopped = !0;
    }, t.map(
      (s) => (i) => !i._stopped && s && s(i)
    );
  } else
    return t;
}
const dl = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && // lowercase letter
e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, Pg = (e, t, n, s, i, o) => {
  const r = i === "svg";
  t === "class" ? mg(e, s, r) : t === "style" ? xg(e, n, s) : Us(t) ? Fi(t) || Ng(e, t, n, s, o) : (t[0] === "." ? (t = t.slice(1), !0) : t[0] === "^" ? (t = t.slice(1), !1) : Tg(e, t, s, r)) ? (cl(e, t, s), !e.tagName.includes("-") && (t === "value" || t === "checked" || t === "selected") && ll(e, t, s, r, o, t !== "value")) : /* #11081 force set props for possible async custom element */ e._isVueCE && (/[A-Z]/.test(t) || !mt(s)) ? cl(e, qt(t), s, o, t) : (t === "true-value" ? e._trueValue = s : t === "false-value" && (e._falseValue = s), ll(e, t, s, r));
};
function Tg(e, t, n, s) {
  if (s)
    return !!(t === "innerHTML" || t === "textContent" || t in e && dl(t) && K(n));
  if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA")
    return !1;
  if (t === "width" || t === "height") {
    const i = e.tagName;
    if (i === "IMG" || i === "VIDEO" || i === "CANVAS" || i === "SOURCE")
      return !1;
  }
  return dl(t) && mt(n) ? !1 : t in e;
}
const pl = {};
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Ag(e, t, n) {
  const s = /* @__PURE__ */ Ud(e, t);
  lo(s) && _t(s, t);
  class i extends na {
    constructor(r) {
      super(s, r, n);
    }
  }
  return i.def = s, i;
}
const Vg = typeof HTMLElement < "u" ? HTMLElement : class {
};
class na extends Vg {
  constructor(t, n = {}, s = ml) {
    super(), this._def = t, this._props = n, this._createApp = s, this._isVueCE = !0, this._instance = null, this._app = null, this._nonce = this._def.nonce, this._connected = !1, this._resolved = !1, this._numberProps = null, this._styleChildren = /* @__PURE__ */ new WeakSet(), this._ob = null, this.shadowRoot && s !== ml ? this._root = this.shadowRoot : (At.NODE_ENV !== "production" && this.shadowRoot && oe(
      "Custom element has pre-rendered declarative shadow root but is not defined as hydratable. Use `defineSSRCustomElement`."
    ), t.shadowRoot !== !1 ? (this.attachShadow({ mode: "open" }), this._root = this.shadowRoot) : this._root = this), this._def.__asyncLoader || this._resolveProps(this._def);
  }
  connectedCallback() {
    if (!this.isConnected) return;
    this.shadowRoot || this._parseSlots(), this._connected = !0;
    let t = this;
    for (; t = t && (t.parentNode || t.host); )
      if (t instanceof na) {
        this._parent = t;
        break;
      }
    this._instance || (this._resolved ? (this._setParent(), this._update()) : t && t._pendingResolve ? this._pendingResolve = t._pendingResolve.then(() => {
      this._pendingResolve = void 0, this._resolveDef();
    }) : this._resolveDef());
  }
  _setParent(t = this._parent) {
    t && (this._instance.parent = t._instance, this._instance.provides = t._instance.provides);
  }
  disconnectedCallback() {
    this._connected = !1, wf(() => {
      this._connected || (this._ob && (this._ob.disconnect(), this._ob = null), this._app && this._app.unmount(), this._instance && (this._instance.ce = void 0), this._app = this._instance = null);
    });
  }
  /**
   * resolve inner component definition (handle possible async component)
   */
  _resolveDef() {
    if (this._pendingResolve)
      return;
    for (let s = 0; s < this.attributes.length; s++)
      this._setAttr(this.attributes[s].name);
    this._ob = new MutationObserver((s) => {
      for (const i of s)
        this._setAttr(i.attributeName);
    }), this._ob.observe(this, { attributes: !0 });
    const t = (s, i = !1) => {
      this._resolved = !0, this._pendingResolve = void 0;
      const { props: o, styles: r } = s;
      let a;
      if (o && !U(o))
        for (const l in o) {
          const c = o[l];
          (c === Number || c && c.type === Number) && (l in this._props && (this._props[l] = Ca(this._props[l])), (a || (a = /* @__PURE__ */ Object.create(null)))[qt(l)] = !0);
        }
      this._numberProps = a, i && this._resolveProps(s), this.shadowRoot ? this._applyStyles(r) : At.NODE_ENV !== "production" && r && oe(
        "Custom element style injection is not supported when using shadowRoot: false"
      ), this._mount(s);
    }, n = this._def.__asyncLoader;
    n ? this._pendingResolve = n().then(
      (s) => t(this._def = s, !0)
    ) : t(this._def);
  }
  _mount(t) {
    At.NODE_ENV !== "production" && !t.name && (t.name = "VueElement"), this._app = this._createApp(t), t.configureApp && t.configureApp(this._app), this._app._ceVNode = this._createVNode(), this._app.mount(this._root);
    const n = this._instance && this._instance.exposed;
    if (n)
      for (const s in n)
        rt(this, s) ? At.NODE_ENV !== "production" && oe(`Exposed property "${s}" already exists on custom element.`) : Object.defineProperty(this, s, {
          // unwrap ref to be consistent with public instance behavior
          get: () => _f(n[s])
        });
  }
  _resolveProps(t) {
    const { props: n } = t, s = U(n) ? n : Object.keys(n || {});
    for (const i of Object.keys(this))
      i[0] !== "_" && s.includes(i) && this._setProp(i, this[i]);
    for (const i of s.map(qt))
      Object.defineProperty(this, i, {
        get() {
          return this._getProp(i);
        },
        set(o) {
          this._setProp(i, o, !0, !0);
        }
      });
  }
  _setAttr(t) {
    if (t.startsWith("data-v-")) return;
    const n = this.hasAttribute(t);
    let s = n ? this.getAttribute(t) : pl;
    const i = qt(t);
    n && this._numberProps && this._numberProps[i] && (s = Ca(s)), this._setProp(i, s, !1, !0);
  }
  /**
   * @internal
   */
  _getProp(t) {
    return this._props[t];
  }
  /**
   * @internal
   */
  _setProp(t, n, s = !0, i = !1) {
    if (n !== this._props[t] && (n === pl ? delete this._props[t] : (this._props[t] = n, t === "key" && this._app && (this._app._ceVNode.key = n)), i && this._instance && this._update(), s)) {
      const o = this._ob;
      o && o.disconnect(), n === !0 ? this.setAttribute(Jt(t), "") : typeof n == "string" || typeof n == "number" ? this.setAttribute(Jt(t), n + "") : n || this.removeAttribute(Jt(t)), o && o.observe(this, { attributes: !0 });
    }
  }
  _update() {
    Rg(this._createVNode(), this._root);
  }
  _createVNode() {
    const t = {};
    this.shadowRoot || (t.onVnodeMounted = t.onVnodeUpdated = this._renderSlots.bind(this));
    const n = Ce(this._def, _t(t, this._props));
    return this._instance || (n.ce = (s) => {
      this._instance = s, s.ce = this, s.isCE = !0, At.NODE_ENV !== "production" && (s.ceReload = (o) => {
        this._styles && (this._styles.forEach((r) => this._root.removeChild(r)), this._styles.length = 0), this._applyStyles(o), this._instance = null, this._update();
      });
      const i = (o, r) => {
        this.dispatchEvent(
          new CustomEvent(
            o,
            lo(r[0]) ? _t({ detail: r }, r[0]) : { detail: r }
          )
        );
      };
      s.emit = (o, ...r) => {
        i(o, r), Jt(o) !== o && i(Jt(o), r);
      }, this._setParent();
    }), n;
  }
  _applyStyles(t, n) {
    if (!t) return;
    if (n) {
      if (n === this._def || this._styleChildren.has(n))
        return;
      this._styleChildren.add(n);
    }
    const s = this._nonce;
    for (let i = t.length - 1; i >= 0; i--) {
      const o = document.createElement("style");
      if (s && o.setAttribute("nonce", s), o.textContent = t[i], this.shadowRoot.prepend(o), At.NODE_ENV !== "production")
        if (n) {
          if (n.__hmrId) {
            this._childStyles || (this._childStyles = /* @__PURE__ */ new Map());
            let r = this._childStyles.get(n.__hmrId);
            r || this._childStyles.set(n.__hmrId, r = []), r.push(o);
          }
        } else
          (this._styles || (this._styles = [])).push(o);
    }
  }
  /**
   * Only called when shadowRoot is false
   */
  _parseSlots() {
    const t = this._slots = {};
    let n;
    for (; n = this.firstChild; ) {
      const s = n.nodeType === 1 && n.getAttribute("slot") || "default";
      (t[s] || (t[s] = [])).push(n), this.removeChild(n);
    }
  }
  /**
   * Only called when shadowRoot is false
   */
  _renderSlots() {
    const t = (this._teleportTarget || this).querySelectorAll("slot"), n = this._instance.type.__scopeId;
    for (let s = 0; s < t.length; s++) {
      const i = t[s], o = i.getAttribute("name") || "default", r = this._slots[o], a = i.parentNode;
      if (r)
        for (const l of r) {
          if (n && l.nodeType === 1) {
            const c = n + "-s", f = document.createTreeWalker(l, 1);
            l.setAttribute(c, "");
            let u;
            for (; u = f.nextNode(); )
              u.setAttribute(c, "");
          }
          a.insertBefore(l, i);
        }
      else
        for (; i.firstChild; ) a.insertBefore(i.firstChild, i);
      a.removeChild(i);
    }
  }
  /**
   * @internal
   */
  _injectChildStyle(t) {
    this._applyStyles(t.styles, t);
  }
  /**
   * @internal
   */
  _removeChildStyle(t) {
    if (At.NODE_ENV !== "production" && (this._styleChildren.delete(t), this._childStyles && t.__hmrId)) {
      const n = this._childStyles.get(t.__hmrId);
      n && (n.forEach((s) => this._root.removeChild(s)), n.length = 0);
    }
  }
}
const Ig = /* @__PURE__ */ _t({ patchProp: Pg }, pg);
let gl;
function pu() {
  return gl || (gl = Tp(Ig));
}
const Rg = (...e) => {
  pu().render(...e);
}, ml = (...e) => {
  const t = pu().createApp(...e);
  At.NODE_ENV !== "production" && (Fg(t), $g(t));
  const { mount: n } = t;
  return t.mount = (s) => {
    const i = Bg(s);
    if (!i) return;
    const o = t._component;
    !K(o) && !o.render && !o.template && (o.template = i.innerHTML), i.nodeType === 1 && (i.textContent = "");
    const r = n(i, !1, Lg(i));
    return i instanceof Element && (i.removeAttribute("v-cloak"), i.setAttribute("data-v-app", "")), r;
  }, t;
};
function Lg(e) {
  if (e instanceof SVGElement)
    return "svg";
  if (typeof MathMLElement == "function" && e instanceof MathMLElement)
    return "mathml";
}
function Fg(e) {
  Object.defineProperty(e.config, "isNativeTag", {
    value: (t) => Wh(t) || Uh(t) || Yh(t),
    writable: !1
  });
}
function $g(e) {
  {
    const t = e.config.isCustomElement;
    Object.defineProperty(e.config, "isCustomElement", {
      get() {
        return t;
      },
      set() {
        oe(
          "The `isCustomElement` config option is deprecated. Use `compilerOptions.isCustomElement` instead."
        );
      }
    });
    const n = e.config.compilerOptions, s = 'The `compilerOptions` config option is only respected when using a build of Vue.js that includes the runtime compiler (aka "full build"). Since you are using the runtime-only build, `compilerOptions` must be passed to `@vue/compiler-dom` in the build setup instead.\n- For vue-loader: pass it via vue-loader\'s `compilerOptions` loader option.\n- For vue-cli: see https://cli.vuejs.org/guide/webpack.html#modifying-options-of-a-loader\n- For vite: pass it via @vitejs/plugin-vue options. See https://github.com/vitejs/vite-plugin-vue/tree/main/packages/plugin-vue#example-for-passing-options-to-vuecompiler-sfc';
    Object.defineProperty(e.config, "compilerOptions", {
      get() {
        return oe(s), n;
      },
      set() {
        oe(s);
      }
    });
  }
}
function Bg(e) {
  if (mt(e)) {
    const t = document.querySelector(e);
    return At.NODE_ENV !== "production" && !t && oe(
      `Failed to mount app: mount target selector "${e}" returned null.`
    ), t;
  }
  return At.NODE_ENV !== "production" && window.ShadowRoot && e instanceof window.ShadowRoot && e.mode === "closed" && oe(
    'mounting on a ShadowRoot with `{mode: "closed"}` may lead to unpredictable bugs'
  ), e;
}
var jg = {};
function Hg() {
  ug();
}
jg.NODE_ENV !== "production" && Hg();
/*!
 * @kurkle/color v0.3.4
 * https://github.com/kurkle/color#readme
 * (c) 2024 Jukka Kurkela
 * Released under the MIT License
 */
function Zs(e) {
  return e + 0.5 | 0;
}
const nn = (e, t, n) => Math.max(Math.min(e, n), t);
function vs(e) {
  return nn(Zs(e * 2.55), 0, 255);
}
function on(e) {
  return nn(Zs(e * 255), 0, 255);
}
function We(e) {
  return nn(Zs(e / 2.55) / 100, 0, 1);
}
function bl(e) {
  return nn(Zs(e * 100), 0, 100);
}
const se = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, a: 10, b: 11, c: 12, d: 13, e: 14, f: 15 }, xr = [..."0123456789ABCDEF"], zg = (e) => xr[e & 15], Wg = (e) => xr[(e & 240) >> 4] + xr[e & 15], oi = (e) => (e & 240) >> 4 === (e & 15), Ug = (e) => oi(e.r) && oi(e.g) && oi(e.b) && oi(e.a);
function Yg(e) {
  var t = e.length, n;
  return e[0] === "#" && (t === 4 || t === 5 ? n = {
    r: 255 & se[e[1]] * 17,
    g: 255 & se[e[2]] * 17,
    b: 255 & se[e[3]] * 17,
    a: t === 5 ? se[e[4]] * 17 : 255
  } : (t === 7 || t === 9) && (n = {
    r: se[e[1]] << 4 | se[e[2]],
    g: se[e[3]] << 4 | se[e[4]],
    b: se[e[5]] << 4 | se[e[6]],
    a: t === 9 ? se[e[7]] << 4 | se[e[8]] : 255
  })), n;
}
const Kg = (e, t) => e < 255 ? t(e) : "";
function qg(e) {
  var t = Ug(e) ? zg : Wg;
  return e ? "#" + t(e.r) + t(e.g) + t(e.b) + Kg(e.a, t) : void 0;
}
const Xg = /^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;
function gu(e, t, n) {
  const s = t * Math.min(n, 1 - n), i = (o, r = (o + e / 30) % 12) => n - s * Math.max(Math.min(r - 3, 9 - r, 1), -1);
  return [i(0), i(8), i(4)];
}
function Gg(e, t, n) {
  const s = (i, o = (i + e / 60) % 6) => n - n * t * Math.max(Math.min(o, 4 - o, 1), 0);
  return [s(5), s(3), s(1)];
}
function Zg(e, t, n) {
  const s = gu(e, 1, 0.5);
  let i;
  for (t + n > 1 && (i = 1 / (t + n), t *= i, n *= i), i = 0; i < 3; i++)
    s[i] *= 1 - t - n, s[i] += t;
  return s;
}
function Jg(e, t, n, s, i) {
  return e === i ? (t - n) / s + (t < n ? 6 : 0) : t === i ? (n - e) / s + 2 : (e - t) / s + 4;
}
function sa(e) {
  const n = e.r / 255, s = e.g / 255, i = e.b / 255, o = Math.max(n, s, i), r = Math.min(n, s, i), a = (o + r) / 2;
  let l, c, f;
  return o !== r && (f = o - r, c = a > 0.5 ? f / (2 - o - r) : f / (o + r), l = Jg(n, s, i, f, o), l = l * 60 + 0.5), [l | 0, c || 0, a];
}
function ia(e, t, n, s) {
  return (Array.isArray(t) ? e(t[0], t[1], t[2]) : e(t, n, s)).map(on);
}
function oa(e, t, n) {
  return ia(gu, e, t, n);
}
function Qg(e, t, n) {
  return ia(Zg, e, t, n);
}
function tm(e, t, n) {
  return ia(Gg, e, t, n);
}
function mu(e) {
  return (e % 360 + 360) % 360;
}
function em(e) {
  const t = Xg.exec(e);
  let n = 255, s;
  if (!t)
    return;
  t[5] !== s && (n = t[6] ? vs(+t[5]) : on(+t[5]));
  const i = mu(+t[2]), o = +t[3] / 100, r = +t[4] / 100;
  return t[1] === "hwb" ? s = Qg(i, o, r) : t[1] === "hsv" ? s = tm(i, o, r) : s = oa(i, o, r), {
    r: s[0],
    g: s[1],
    b: s[2],
    a: n
  };
}
function nm(e, t) {
  var n = sa(e);
  n[0] = mu(n[0] + t), n = oa(n), e.r = n[0], e.g = n[1], e.b = n[2];
}
function sm(e) {
  if (!e)
    return;
  const t = sa(e), n = t[0], s = bl(t[1]), i = bl(t[2]);
  return e.a < 255 ? `hsla(${n}, ${s}%, ${i}%, ${We(e.a)})` : `hsl(${n}, ${s}%, ${i}%)`;
}
const _l = {
  x: "dark",
  Z: "light",
  Y: "re",
  X: "blu",
  W: "gr",
  V: "medium",
  U: "slate",
  A: "ee",
  T: "ol",
  S: "or",
  B: "ra",
  C: "lateg",
  D: "ights",
  R: "in",
  Q: "turquois",
  E: "hi",
  P: "ro",
  O: "al",
  N: "le",
  M: "de",
  L: "yello",
  F: "en",
  K: "ch",
  G: "arks",
  H: "ea",
  I: "ightg",
  J: "wh"
}, yl = {
  OiceXe: "f0f8ff",
  antiquewEte: "faebd7",
  aqua: "ffff",
  aquamarRe: "7fffd4",
  azuY: "f0ffff",
  beige: "f5f5dc",
  bisque: "ffe4c4",
  black: "0",
  blanKedOmond: "ffebcd",
  Xe: "ff",
  XeviTet: "8a2be2",
  bPwn: "a52a2a",
  burlywood: "deb887",
  caMtXe: "5f9ea0",
  KartYuse: "7fff00",
  KocTate: "d2691e",
  cSO: "ff7f50",
  cSnflowerXe: "6495ed",
  cSnsilk: "fff8dc",
  crimson: "dc143c",
  cyan: "ffff",
  xXe: "8b",
  xcyan: "8b8b",
  xgTMnPd: "b8860b",
  xWay: "a9a9a9",
  xgYF: "6400",
  xgYy: "a9a9a9",
  xkhaki: "bdb76b",
  xmagFta: "8b008b",
  xTivegYF: "556b2f",
  xSange: "ff8c00",
  xScEd: "9932cc",
  xYd: "8b0000",
  xsOmon: "e9967a",
  xsHgYF: "8fbc8f",
  xUXe: "483d8b",
  xUWay: "2f4f4f",
  xUgYy: "2f4f4f",
  xQe: "ced1",
  xviTet: "9400d3",
  dAppRk: "ff1493",
  dApskyXe: "bfff",
  dimWay: "696969",
  dimgYy: "696969",
  dodgerXe: "1e90ff",
  fiYbrick: "b22222",
  flSOwEte: "fffaf0",
  foYstWAn: "228b22",
  fuKsia: "ff00ff",
  gaRsbSo: "dcdcdc",
  ghostwEte: "f8f8ff",
  gTd: "ffd700",
  gTMnPd: "daa520",
  Way: "808080",
  gYF: "8000",
  gYFLw: "adff2f",
  gYy: "808080",
  honeyMw: "f0fff0",
  hotpRk: "ff69b4",
  RdianYd: "cd5c5c",
  Rdigo: "4b0082",
  ivSy: "fffff0",
  khaki: "f0e68c",
  lavFMr: "e6e6fa",
  lavFMrXsh: "fff0f5",
  lawngYF: "7cfc00",
  NmoncEffon: "fffacd",
  ZXe: "add8e6",
  ZcSO: "f08080",
  Zcyan: "e0ffff",
  ZgTMnPdLw: "fafad2",
  ZWay: "d3d3d3",
  ZgYF: "90ee90",
  ZgYy: "d3d3d3",
  ZpRk: "ffb6c1",
  ZsOmon: "ffa07a",
  ZsHgYF: "20b2aa",
  ZskyXe: "87cefa",
  ZUWay: "778899",
  ZUgYy: "778899",
  ZstAlXe: "b0c4de",
  ZLw: "ffffe0",
  lime: "ff00",
  limegYF: "32cd32",
  lRF: "faf0e6",
  magFta: "ff00ff",
  maPon: "800000",
  VaquamarRe: "66cdaa",
  VXe: "cd",
  VScEd: "ba55d3",
  VpurpN: "9370db",
  VsHgYF: "3cb371",
  VUXe: "7b68ee",
  VsprRggYF: "fa9a",
  VQe: "48d1cc",
  VviTetYd: "c71585",
  midnightXe: "191970",
  mRtcYam: "f5fffa",
  mistyPse: "ffe4e1",
  moccasR: "ffe4b5",
  navajowEte: "ffdead",
  navy: "80",
  Tdlace: "fdf5e6",
  Tive: "808000",
  TivedBb: "6b8e23",
  Sange: "ffa500",
  SangeYd: "ff4500",
  ScEd: "da70d6",
  pOegTMnPd: "eee8aa",
  pOegYF: "98fb98",
  pOeQe: "afeeee",
  pOeviTetYd: "db7093",
  papayawEp: "ffefd5",
  pHKpuff: "ffdab9",
  peru: "cd853f",
  pRk: "ffc0cb",
  plum: "dda0dd",
  powMrXe: "b0e0e6",
  purpN: "800080",
  YbeccapurpN: "663399",
  Yd: "ff0000",
  Psybrown: "bc8f8f",
  PyOXe: "4169e1",
  saddNbPwn: "8b4513",
  sOmon: "fa8072",
  sandybPwn: "f4a460",
  sHgYF: "2e8b57",
  sHshell: "fff5ee",
  siFna: "a0522d",
  silver: "c0c0c0",
  skyXe: "87ceeb",
  UXe: "6a5acd",
  UWay: "708090",
  UgYy: "708090",
  snow: "fffafa",
  sprRggYF: "ff7f",
  stAlXe: "4682b4",
  tan: "d2b48c",
  teO: "8080",
  tEstN: "d8bfd8",
  tomato: "ff6347",
  Qe: "40e0d0",
  viTet: "ee82ee",
  JHt: "f5deb3",
  wEte: "ffffff",
  wEtesmoke: "f5f5f5",
  Lw: "ffff00",
  LwgYF: "9acd32"
};
function im() {
  const e = {}, t = Object.keys(yl), n = Object.keys(_l);
  let s, i, o, r, a;
  for (s = 0; s < t.length; s++) {
    for (r = a = t[s], i = 0; i < n.length; i++)
      o = n[i], a = a.replace(o, _l[o]);
    o = parseInt(yl[r], 16), e[a] = [o >> 16 & 255, o >> 8 & 255, o & 255];
  }
  return e;
}
let ri;
function om(e) {
  ri || (ri = im(), ri.transparent = [0, 0, 0, 0]);
  const t = ri[e.toLowerCase()];
  return t && {
    r: t[0],
    g: t[1],
    b: t[2],
    a: t.length === 4 ? t[3] : 255
  };
}
const rm = /^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;
function am(e) {
  const t = rm.exec(e);
  let n = 255, s, i, o;
  if (t) {
    if (t[7] !== s) {
      const r = +t[7];
      n = t[8] ? vs(r) : nn(r * 255, 0, 255);
    }
    return s = +t[1], i = +t[3], o = +t[5], s = 255 & (t[2] ? vs(s) : nn(s, 0, 255)), i = 255 & (t[4] ? vs(i) : nn(i, 0, 255)), o = 255 & (t[6] ? vs(o) : nn(o, 0, 255)), {
      r: s,
      g: i,
      b: o,
      a: n
    };
  }
}
function lm(e) {
  return e && (e.a < 255 ? `rgba(${e.r}, ${e.g}, ${e.b}, ${We(e.a)})` : `rgb(${e.r}, ${e.g}, ${e.b})`);
}
const Lo = (e) => e <= 31308e-7 ? e * 12.92 : Math.pow(e, 1 / 2.4) * 1.055 - 0.055, jn = (e) => e <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4);
function cm(e, t, n) {
  const s = jn(We(e.r)), i = jn(We(e.g)), o = jn(We(e.b));
  return {
    r: on(Lo(s + n * (jn(We(t.r)) - s))),
    g: on(Lo(i + n * (jn(We(t.g)) - i))),
    b: on(Lo(o + n * (jn(We(t.b)) - o))),
    a: e.a + n * (t.a - e.a)
  };
}
function ai(e, t, n) {
  if (e) {
    let s = sa(e);
    s[t] = Math.max(0, Math.min(s[t] + s[t] * n, t === 0 ? 360 : 1)), s = oa(s), e.r = s[0], e.g = s[1], e.b = s[2];
  }
}
function bu(e, t) {
  return e && Object.assign(t || {}, e);
}
function xl(e) {
  var t = { r: 0, g: 0, b: 0, a: 255 };
  return Array.isArray(e) ? e.length >= 3 && (t = { r: e[0], g: e[1], b: e[2], a: 255 }, e.length > 3 && (t.a = on(e[3]))) : (t = bu(e, { r: 0, g: 0, b: 0, a: 1 }), t.a = on(t.a)), t;
}
function fm(e) {
  return e.charAt(0) === "r" ? am(e) : em(e);
}
let _u = class vr {
  constructor(t) {
    if (t instanceof vr)
      return t;
    const n = typeof t;
    let s;
    n === "object" ? s = xl(t) : n === "string" && (s = Yg(t) || om(t) || fm(t)), this._rgb = s, this._valid = !!s;
  }
  get valid() {
    return this._valid;
  }
  get rgb() {
    var t = bu(this._rgb);
    return t && (t.a = We(t.a)), t;
  }
  set rgb(t) {
    this._rgb = xl(t);
  }
  rgbString() {
    return this._valid ? lm(this._rgb) : void 0;
  }
  hexString() {
    return this._valid ? qg(this._rgb) : void 0;
  }
  hslString() {
    return this._valid ? sm(this._rgb) : void 0;
  }
  mix(t, n) {
    if (t) {
      const s = this.rgb, i = t.rgb;
      let o;
      const r = n === o ? 0.5 : n, a = 2 * r - 1, l = s.a - i.a, c = ((a * l === -1 ? a : (a + l) / (1 + a * l)) + 1) / 2;
      o = 1 - c, s.r = 255 & c * s.r + o * i.r + 0.5, s.g = 255 & c * s.g + o * i.g + 0.5, s.b = 255 & c * s.b + o * i.b + 0.5, s.a = r * s.a + (1 - r) * i.a, this.rgb = s;
    }
    return this;
  }
  interpolate(t, n) {
    return t && (this._rgb = cm(this._rgb, t._rgb, n)), this;
  }
  clone() {
    return new vr(this.rgb);
  }
  alpha(t) {
    return this._rgb.a = on(t), this;
  }
  clearer(t) {
    const n = this._rgb;
    return n.a *= 1 - t, this;
  }
  greyscale() {
    const t = this._rgb, n = Zs(t.r * 0.3 + t.g * 0.59 + t.b * 0.11);
    return t.r = t.g = t.b = n, this;
  }
  opaquer(t) {
    const n = this._rgb;
    return n.a *= 1 + t, this;
  }
  negate() {
    const t = this._rgb;
    return t.r = 255 - t.r, t.g = 255 - t.g, t.b = 255 - t.b, this;
  }
  lighten(t) {
    return ai(this._rgb, 2, t), this;
  }
  darken(t) {
    return ai(this._rgb, 2, -t), this;
  }
  saturate(t) {
    return ai(this._rgb, 1, t), this;
  }
  desaturate(t) {
    return ai(this._rgb, 1, -t), this;
  }
  rotate(t) {
    return nm(this._rgb, t), this;
  }
};
/*!
 * Chart.js v4.4.7
 * https://www.chartjs.org
 * (c) 2024 Chart.js Contributors
 * Released under the MIT License
 */
function Fe() {
}
const um = /* @__PURE__ */ (() => {
  let e = 0;
  return () => e++;
})();
function yt(e) {
  return e == null;
}
function Ct(e) {
  if (Array.isArray && Array.isArray(e))
    return !0;
  const t = Object.prototype.toString.call(e);
  return t.slice(0, 7) === "[object" && t.slice(-6) === "Array]";
}
function at(e) {
  return e !== null && Object.prototype.toString.call(e) === "[object Object]";
}
function Rt(e) {
  return (typeof e == "number" || e instanceof Number) && isFinite(+e);
}
function ve(e, t) {
  return Rt(e) ? e : t;
}
function ht(e, t) {
  return typeof e > "u" ? t : e;
}
const hm = (e, t) => typeof e == "string" && e.endsWith("%") ? parseFloat(e) / 100 * t : +e;
function xt(e, t, n) {
  if (e && typeof e.call == "function")
    return e.apply(n, t);
}
function ft(e, t, n, s) {
  let i, o, r;
  if (Ct(e))
    for (o = e.length, i = 0; i < o; i++)
      t.call(n, e[i], i);
  else if (at(e))
    for (r = Object.keys(e), o = r.length, i = 0; i < o; i++)
      t.call(n, e[r[i]], r[i]);
}
function Gi(e, t) {
  let n, s, i, o;
  if (!e || !t || e.length !== t.length)
    return !1;
  for (n = 0, s = e.length; n < s; ++n)
    if (i = e[n], o = t[n], i.datasetIndex !== o.datasetIndex || i.index !== o.index)
      return !1;
  return !0;
}
function Zi(e) {
  if (Ct(e))
    return e.map(Zi);
  if (at(e)) {
    const t = /* @__PURE__ */ Object.create(null), n = Object.keys(e), s = n.length;
    let i = 0;
    for (; i < s; ++i)
      t[n[i]] = Zi(e[n[i]]);
    return t;
  }
  return e;
}
function yu(e) {
  return [
    "__proto__",
    "prototype",
    "constructor"
  ].indexOf(e) === -1;
}
function dm(e, t, n, s) {
  if (!yu(e))
    return;
  const i = t[e], o = n[e];
  at(i) && at(o) ? Bs(i, o, s) : t[e] = Zi(o);
}
function Bs(e, t, n) {
  const s = Ct(t) ? t : [
    t
  ], i = s.length;
  if (!at(e))
    return e;
  n = n || {};
  const o = n.merger || dm;
  let r;
  for (let a = 0; a < i; ++a) {
    if (r = s[a], !at(r))
      continue;
    const l = Object.keys(r);
    for (let c = 0, f = l.length; c < f; ++c)
      o(l[c], e, r, n);
  }
  return e;
}
function Cs(e, t) {
  return Bs(e, t, {
    merger: pm
  });
}
function pm(e, t, n) {
  if (!yu(e))
    return;
  const s = t[e], i = n[e];
  at(s) && at(i) ? Cs(s, i) : Object.prototype.hasOwnProperty.call(t, e) || (t[e] = Zi(i));
}
const vl = {
  // Chart.helpers.core resolveObjectKey should resolve empty key to root object
  "": (e) => e,
  // default resolvers
  x: (e) => e.x,
  y: (e) => e.y
};
function gm(e) {
  const t = e.split("."), n = [];
  let s = "";
  for (const i of t)
    s += i, s.endsWith("\\") ? s = s.slice(0, -1) + "." : (n.push(s), s = "");
  return n;
}
function mm(e) {
  const t = gm(e);
  return (n) => {
    for (const s of t) {
      if (s === "")
        break;
      n = n && n[s];
    }
    return n;
  };
}
function Ji(e, t) {
  return (vl[t] || (vl[t] = mm(t)))(e);
}
function ra(e) {
  return e.charAt(0).toUpperCase() + e.slice(1);
}
const Qi = (e) => typeof e < "u", ln = (e) => typeof e == "function", wl = (e, t) => {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
};
function bm(e) {
  return e.type === "mouseup" || e.type === "click" || e.type === "contextmenu";
}
const It = Math.PI, Pe = 2 * It, _m = Pe + It, to = Number.POSITIVE_INFINITY, ym = It / 180, de = It / 2, mn = It / 4, El = It * 2 / 3, xu = Math.log10, Gn = Math.sign;
function Ps(e, t, n) {
  return Math.abs(e - t) < n;
}
function Ol(e) {
  const t = Math.round(e);
  e = Ps(e, t, e / 1e3) ? t : e;
  const n = Math.pow(10, Math.floor(xu(e))), s = e / n;
  return (s <= 1 ? 1 : s <= 2 ? 2 : s <= 5 ? 5 : 10) * n;
}
function xm(e) {
  const t = [], n = Math.sqrt(e);
  let s;
  for (s = 1; s < n; s++)
    e % s === 0 && (t.push(s), t.push(e / s));
  return n === (n | 0) && t.push(n), t.sort((i, o) => i - o).pop(), t;
}
function js(e) {
  return !isNaN(parseFloat(e)) && isFinite(e);
}
function vm(e, t) {
  const n = Math.round(e);
  return n - t <= e && n + t >= e;
}
function wm(e, t, n) {
  let s, i, o;
  for (s = 0, i = e.length; s < i; s++)
    o = e[s][n], isNaN(o) || (t.min = Math.min(t.min, o), t.max = Math.max(t.max, o));
}
function En(e) {
  return e * (It / 180);
}
function Em(e) {
  return e * (180 / It);
}
function Nl(e) {
  if (!Rt(e))
    return;
  let t = 1, n = 0;
  for (; Math.round(e * t) / t !== e; )
    t *= 10, n++;
  return n;
}
function Om(e, t) {
  const n = t.x - e.x, s = t.y - e.y, i = Math.sqrt(n * n + s * s);
  let o = Math.atan2(s, n);
  return o < -0.5 * It && (o += Pe), {
    angle: o,
    distance: i
  };
}
function wr(e, t) {
  return Math.sqrt(Math.pow(t.x - e.x, 2) + Math.pow(t.y - e.y, 2));
}
function Nm(e, t) {
  return (e - t + _m) % Pe - It;
}
function Ne(e) {
  return (e % Pe + Pe) % Pe;
}
function vu(e, t, n, s) {
  const i = Ne(e), o = Ne(t), r = Ne(n), a = Ne(o - i), l = Ne(r - i), c = Ne(i - o), f = Ne(i - r);
  return i === o || i === r || s && o === r || a > l && c < f;
}
function ie(e, t, n) {
  return Math.max(t, Math.min(n, e));
}
function Sm(e) {
  return ie(e, -32768, 32767);
}
function wu(e, t, n, s = 1e-6) {
  return e >= Math.min(t, n) - s && e <= Math.max(t, n) + s;
}
function aa(e, t, n) {
  n = n || ((r) => e[r] < t);
  let s = e.length - 1, i = 0, o;
  for (; s - i > 1; )
    o = i + s >> 1, n(o) ? i = o : s = o;
  return {
    lo: i,
    hi: s
  };
}
const On = (e, t, n, s) => aa(e, n, s ? (i) => {
  const o = e[i][t];
  return o < n || o === n && e[i + 1][t] === n;
} : (i) => e[i][t] < n), Mm = (e, t, n) => aa(e, n, (s) => e[s][t] >= n);
function km(e, t, n) {
  let s = 0, i = e.length;
  for (; s < i && e[s] < t; )
    s++;
  for (; i > s && e[i - 1] > n; )
    i--;
  return s > 0 || i < e.length ? e.slice(s, i) : e;
}
const Eu = [
  "push",
  "pop",
  "shift",
  "splice",
  "unshift"
];
function Dm(e, t) {
  if (e._chartjs) {
    e._chartjs.listeners.push(t);
    return;
  }
  Object.defineProperty(e, "_chartjs", {
    configurable: !0,
    enumerable: !1,
    value: {
      listeners: [
        t
      ]
    }
  }), Eu.forEach((n) => {
    const s = "_onData" + ra(n), i = e[n];
    Object.defineProperty(e, n, {
      configurable: !0,
      enumerable: !1,
      value(...o) {
        const r = i.apply(this, o);
        return e._chartjs.listeners.forEach((a) => {
          typeof a[s] == "function" && a[s](...o);
        }), r;
      }
    });
  });
}
function Sl(e, t) {
  const n = e._chartjs;
  if (!n)
    return;
  const s = n.listeners, i = s.indexOf(t);
  i !== -1 && s.splice(i, 1), !(s.length > 0) && (Eu.forEach((o) => {
    delete e[o];
  }), delete e._chartjs);
}
function Cm(e) {
  const t = new Set(e);
  return t.size === e.length ? e : Array.from(t);
}
const Ou = function() {
  return typeof window > "u" ? function(e) {
    return e();
  } : window.requestAnimationFrame;
}();
function Nu(e, t) {
  let n = [], s = !1;
  return function(...i) {
    n = i, s || (s = !0, Ou.call(window, () => {
      s = !1, e.apply(t, n);
    }));
  };
}
function Pm(e, t) {
  let n;
  return function(...s) {
    return t ? (clearTimeout(n), n = setTimeout(e, t, s)) : e.apply(this, s), t;
  };
}
const Tm = (e) => e === "start" ? "left" : e === "end" ? "right" : "center", Ml = (e, t, n) => e === "start" ? t : e === "end" ? n : (t + n) / 2;
function Am(e, t, n) {
  const s = t.length;
  let i = 0, o = s;
  if (e._sorted) {
    const { iScale: r, _parsed: a } = e, l = r.axis, { min: c, max: f, minDefined: u, maxDefined: h } = r.getUserBounds();
    u && (i = ie(Math.min(
      // @ts-expect-error Need to type _parsed
      On(a, l, c).lo,
      // @ts-expect-error Need to fix types on _lookupByKey
      n ? s : On(t, l, r.getPixelForValue(c)).lo
    ), 0, s - 1)), h ? o = ie(Math.max(
      // @ts-expect-error Need to type _parsed
      On(a, r.axis, f, !0).hi + 1,
      // @ts-expect-error Need to fix types on _lookupByKey
      n ? 0 : On(t, l, r.getPixelForValue(f), !0).hi + 1
    ), i, s) - i : o = s - i;
  }
  return {
    start: i,
    count: o
  };
}
function Vm(e) {
  const { xScale: t, yScale: n, _scaleRanges: s } = e, i = {
    xmin: t.min,
    xmax: t.max,
    ymin: n.min,
    ymax: n.max
  };
  if (!s)
    return e._scaleRanges = i, !0;
  const o = s.xmin !== t.min || s.xmax !== t.max || s.ymin !== n.min || s.ymax !== n.max;
  return Object.assign(s, i), o;
}
const li = (e) => e === 0 || e === 1, kl = (e, t, n) => -(Math.pow(2, 10 * (e -= 1)) * Math.sin((e - t) * Pe / n)), Dl = (e, t, n) => Math.pow(2, -10 * e) * Math.sin((e - t) * Pe / n) + 1, Ts = {
  linear: (e) => e,
  easeInQuad: (e) => e * e,
  easeOutQuad: (e) => -e * (e - 2),
  easeInOutQuad: (e) => (e /= 0.5) < 1 ? 0.5 * e * e : -0.5 * (--e * (e - 2) - 1),
  easeInCubic: (e) => e * e * e,
  easeOutCubic: (e) => (e -= 1) * e * e + 1,
  easeInOutCubic: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e : 0.5 * ((e -= 2) * e * e + 2),
  easeInQuart: (e) => e * e * e * e,
  easeOutQuart: (e) => -((e -= 1) * e * e * e - 1),
  easeInOutQuart: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e * e : -0.5 * ((e -= 2) * e * e * e - 2),
  easeInQuint: (e) => e * e * e * e * e,
  easeOutQuint: (e) => (e -= 1) * e * e * e * e + 1,
  easeInOutQuint: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e * e * e : 0.5 * ((e -= 2) * e * e * e * e + 2),
  easeInSine: (e) => -Math.cos(e * de) + 1,
  easeOutSine: (e) => Math.sin(e * de),
  easeInOutSine: (e) => -0.5 * (Math.cos(It * e) - 1),
  easeInExpo: (e) => e === 0 ? 0 : Math.pow(2, 10 * (e - 1)),
  easeOutExpo: (e) => e === 1 ? 1 : -Math.pow(2, -10 * e) + 1,
  easeInOutExpo: (e) => li(e) ? e : e < 0.5 ? 0.5 * Math.pow(2, 10 * (e * 2 - 1)) : 0.5 * (-Math.pow(2, -10 * (e * 2 - 1)) + 2),
  easeInCirc: (e) => e >= 1 ? e : -(Math.sqrt(1 - e * e) - 1),
  easeOutCirc: (e) => Math.sqrt(1 - (e -= 1) * e),
  easeInOutCirc: (e) => (e /= 0.5) < 1 ? -0.5 * (Math.sqrt(1 - e * e) - 1) : 0.5 * (Math.sqrt(1 - (e -= 2) * e) + 1),
  easeInElastic: (e) => li(e) ? e : kl(e, 0.075, 0.3),
  easeOutElastic: (e) => li(e) ? e : Dl(e, 0.075, 0.3),
  easeInOutElastic(e) {
    return li(e) ? e : e < 0.5 ? 0.5 * kl(e * 2, 0.1125, 0.45) : 0.5 + 0.5 * Dl(e * 2 - 1, 0.1125, 0.45);
  },
  easeInBack(e) {
    return e * e * ((1.70158 + 1) * e - 1.70158);
  },
  easeOutBack(e) {
    return (e -= 1) * e * ((1.70158 + 1) * e + 1.70158) + 1;
  },
  easeInOutBack(e) {
    let t = 1.70158;
    return (e /= 0.5) < 1 ? 0.5 * (e * e * (((t *= 1.525) + 1) * e - t)) : 0.5 * ((e -= 2) * e * (((t *= 1.525) + 1) * e + t) + 2);
  },
  easeInBounce: (e) => 1 - Ts.easeOutBounce(1 - e),
  easeOutBounce(e) {
    return e < 1 / 2.75 ? 7.5625 * e * e : e < 2 / 2.75 ? 7.5625 * (e -= 1.5 / 2.75) * e + 0.75 : e < 2.5 / 2.75 ? 7.5625 * (e -= 2.25 / 2.75) * e + 0.9375 : 7.5625 * (e -= 2.625 / 2.75) * e + 0.984375;
  },
  easeInOutBounce: (e) => e < 0.5 ? Ts.easeInBounce(e * 2) * 0.5 : Ts.easeOutBounce(e * 2 - 1) * 0.5 + 0.5
};
function la(e) {
  if (e && typeof e == "object") {
    const t = e.toString();
    return t === "[object CanvasPattern]" || t === "[object CanvasGradient]";
  }
  return !1;
}
function Cl(e) {
  return la(e) ? e : new _u(e);
}
function Fo(e) {
  return la(e) ? e : new _u(e).saturate(0.5).darken(0.1).hexString();
}
const Im = [
  "x",
  "y",
  "borderWidth",
  "radius",
  "tension"
], Rm = [
  "color",
  "borderColor",
  "backgroundColor"
];
function Lm(e) {
  e.set("animation", {
    delay: void 0,
    duration: 1e3,
    easing: "easeOutQuart",
    fn: void 0,
    from: void 0,
    loop: void 0,
    to: void 0,
    type: void 0
  }), e.describe("animation", {
    _fallback: !1,
    _indexable: !1,
    _scriptable: (t) => t !== "onProgress" && t !== "onComplete" && t !== "fn"
  }), e.set("animations", {
    colors: {
      type: "color",
      properties: Rm
    },
    numbers: {
      type: "number",
      properties: Im
    }
  }), e.describe("animations", {
    _fallback: "animation"
  }), e.set("transitions", {
    active: {
      animation: {
        duration: 400
      }
    },
    resize: {
      animation: {
        duration: 0
      }
    },
    show: {
      animations: {
        colors: {
          from: "transparent"
        },
        visible: {
          type: "boolean",
          duration: 0
        }
      }
    },
    hide: {
      animations: {
        colors: {
          to: "transparent"
        },
        visible: {
          type: "boolean",
          easing: "linear",
          fn: (t) => t | 0
        }
      }
    }
  });
}
function Fm(e) {
  e.set("layout", {
    autoPadding: !0,
    padding: {
      top: 0,
      right: 0,
      bottom: 0,
      left: 0
    }
  });
}
const Pl = /* @__PURE__ */ new Map();
function $m(e, t) {
  t = t || {};
  const n = e + JSON.stringify(t);
  let s = Pl.get(n);
  return s || (s = new Intl.NumberFormat(e, t), Pl.set(n, s)), s;
}
function Su(e, t, n) {
  return $m(t, n).format(e);
}
const Bm = {
  values(e) {
    return Ct(e) ? e : "" + e;
  },
  numeric(e, t, n) {
    if (e === 0)
      return "0";
    const s = this.chart.options.locale;
    let i, o = e;
    if (n.length > 1) {
      const c = Math.max(Math.abs(n[0].value), Math.abs(n[n.length - 1].value));
      (c < 1e-4 || c > 1e15) && (i = "scientific"), o = jm(e, n);
    }
    const r = xu(Math.abs(o)), a = isNaN(r) ? 1 : Math.max(Math.min(-1 * Math.floor(r), 20), 0), l = {
      notation: i,
      minimumFractionDigits: a,
      maximumFractionDigits: a
    };
    return Object.assign(l, this.options.ticks.format), Su(e, s, l);
  }
};
function jm(e, t) {
  let n = t.length > 3 ? t[2].value - t[1].value : t[1].value - t[0].value;
  return Math.abs(n) >= 1 && e !== Math.floor(e) && (n = e - Math.floor(e)), n;
}
var Mu = {
  formatters: Bm
};
function Hm(e) {
  e.set("scale", {
    display: !0,
    offset: !1,
    reverse: !1,
    beginAtZero: !1,
    bounds: "ticks",
    clip: !0,
    grace: 0,
    grid: {
      display: !0,
      lineWidth: 1,
      drawOnChartArea: !0,
      drawTicks: !0,
      tickLength: 8,
      tickWidth: (t, n) => n.lineWidth,
      tickColor: (t, n) => n.color,
      offset: !1
    },
    border: {
      display: !0,
      dash: [],
      dashOffset: 0,
      width: 1
    },
    title: {
      display: !1,
      text: "",
      padding: {
        top: 4,
        bottom: 4
      }
    },
    ticks: {
      minRotation: 0,
      maxRotation: 50,
      mirror: !1,
      textStrokeWidth: 0,
      textStrokeColor: "",
      padding: 3,
      display: !0,
      autoSkip: !0,
      autoSkipPadding: 3,
      labelOffset: 0,
      callback: Mu.formatters.values,
      minor: {},
      major: {},
      align: "center",
      crossAlign: "near",
      showLabelBackdrop: !1,
      backdropColor: "rgba(255, 255, 255, 0.75)",
      backdropPadding: 2
    }
  }), e.route("scale.ticks", "color", "", "color"), e.route("scale.grid", "color", "", "borderColor"), e.route("scale.border", "color", "", "borderColor"), e.route("scale.title", "color", "", "color"), e.describe("scale", {
    _fallback: !1,
    _scriptable: (t) => !t.startsWith("before") && !t.startsWith("after") && t !== "callback" && t !== "parser",
    _indexable: (t) => t !== "borderDash" && t !== "tickBorderDash" && t !== "dash"
  }), e.describe("scales", {
    _fallback: "scale"
  }), e.describe("scale.ticks", {
    _scriptable: (t) => t !== "backdropPadding" && t !== "callback",
    _indexable: (t) => t !== "backdropPadding"
  });
}
const In = /* @__PURE__ */ Object.create(null), Er = /* @__PURE__ */ Object.create(null);
function As(e, t) {
  if (!t)
    return e;
  const n = t.split(".");
  for (let s = 0, i = n.length; s < i; ++s) {
    const o = n[s];
    e = e[o] || (e[o] = /* @__PURE__ */ Object.create(null));
  }
  return e;
}
function $o(e, t, n) {
  return typeof t == "string" ? Bs(As(e, t), n) : Bs(As(e, ""), t);
}
class zm {
  constructor(t, n) {
    this.animation = void 0, this.backgroundColor = "rgba(0,0,0,0.1)", this.borderColor = "rgba(0,0,0,0.1)", this.color = "#666", this.datasets = {}, this.devicePixelRatio = (s) => s.chart.platform.getDevicePixelRatio(), this.elements = {}, this.events = [
      "mousemove",
      "mouseout",
      "click",
      "touchstart",
      "touchmove"
    ], this.font = {
      family: "'Helvetica Neue', 'Helvetica', 'Arial', sans-serif",
      size: 12,
      style: "normal",
      lineHeight: 1.2,
      weight: null
    }, this.hover = {}, this.hoverBackgroundColor = (s, i) => Fo(i.backgroundColor), this.hoverBorderColor = (s, i) => Fo(i.borderColor), this.hoverColor = (s, i) => Fo(i.color), this.indexAxis = "x", this.interaction = {
      mode: "nearest",
      intersect: !0,
      includeInvisible: !1
    }, this.maintainAspectRatio = !0, this.onHover = null, this.onClick = null, this.parsing = !0, this.plugins = {}, this.responsive = !0, this.scale = void 0, this.scales = {}, this.showLine = !0, this.drawActiveElementsOnTop = !0, this.describe(t), this.apply(n);
  }
  set(t, n) {
    return $o(this, t, n);
  }
  get(t) {
    return As(this, t);
  }
  describe(t, n) {
    return $o(Er, t, n);
  }
  override(t, n) {
    return $o(In, t, n);
  }
  route(t, n, s, i) {
    const o = As(this, t), r = As(this, s), a = "_" + n;
    Object.defineProperties(o, {
      [a]: {
        value: o[n],
        writable: !0
      },
      [n]: {
        enumerable: !0,
        get() {
          const l = this[a], c = r[i];
          return at(l) ? Object.assign({}, c, l) : ht(l, c);
        },
        set(l) {
          this[a] = l;
        }
      }
    });
  }
  apply(t) {
    t.forEach((n) => n(this));
  }
}
var Et = /* @__PURE__ */ new zm({
  _scriptable: (e) => !e.startsWith("on"),
  _indexable: (e) => e !== "events",
  hover: {
    _fallback: "interaction"
  },
  interaction: {
    _scriptable: !1,
    _indexable: !1
  }
}, [
  Lm,
  Fm,
  Hm
]);
function Wm(e) {
  return !e || yt(e.size) || yt(e.family) ? null : (e.style ? e.style + " " : "") + (e.weight ? e.weight + " " : "") + e.size + "px " + e.family;
}
function Tl(e, t, n, s, i) {
  let o = t[i];
  return o || (o = t[i] = e.measureText(i).width, n.push(i)), o > s && (s = o), s;
}
function bn(e, t, n) {
  const s = e.currentDevicePixelRatio, i = n !== 0 ? Math.max(n / 2, 0.5) : 0;
  return Math.round((t - i) * s) / s + i;
}
function Al(e, t) {
  !t && !e || (t = t || e.getContext("2d"), t.save(), t.resetTransform(), t.clearRect(0, 0, e.width, e.height), t.restore());
}
function Or(e, t, n, s) {
  Um(e, t, n, s);
}
function Um(e, t, n, s, i) {
  let o, r, a, l, c, f, u, h;
  const d = t.pointStyle, g = t.rotation, m = t.radius;
  let b = (g || 0) * ym;
  if (d && typeof d == "object" && (o = d.toString(), o === "[object HTMLImageElement]" || o === "[object HTMLCanvasElement]")) {
    e.save(), e.translate(n, s), e.rotate(b), e.drawImage(d, -d.width / 2, -d.height / 2, d.width, d.height), e.restore();
    return;
  }
  if (!(isNaN(m) || m <= 0)) {
    switch (e.beginPath(), d) {
      // Default includes circle
      default:
        e.arc(n, s, m, 0, Pe), e.closePath();
        break;
      case "triangle":
        f = m, e.moveTo(n + Math.sin(b) * f, s - Math.cos(b) * m), b += El, e.lineTo(n + Math.sin(b) * f, s - Math.cos(b) * m), b += El, e.lineTo(n + Math.sin(b) * f, s - Math.cos(b) * m), e.closePath();
        break;
      case "rectRounded":
        c = m * 0.516, l = m - c, r = Math.cos(b + mn) * l, u = Math.cos(b + mn) * l, a = Math.sin(b + mn) * l, h = Math.sin(b + mn) * l, e.arc(n - u, s - a, c, b - It, b - de), e.arc(n + h, s - r, c, b - de, b), e.arc(n + u, s + a, c, b, b + de), e.arc(n - h, s + r, c, b + de, b + It), e.closePath();
        break;
      case "rect":
        if (!g) {
          l = Math.SQRT1_2 * m, f = l, e.rect(n - f, s - l, 2 * f, 2 * l);
          break;
        }
        b += mn;
      /* falls through */
      case "rectRot":
        u = Math.cos(b) * m, r = Math.cos(b) * m, a = Math.sin(b) * m, h = Math.sin(b) * m, e.moveTo(n - u, s - a), e.lineTo(n + h, s - r), e.lineTo(n + u, s + a), e.lineTo(n - h, s + r), e.closePath();
        break;
      case "crossRot":
        b += mn;
      /* falls through */
      case "cross":
        u = Math.cos(b) * m, r = Math.cos(b) * m, a = Math.sin(b) * m, h = Math.sin(b) * m, e.moveTo(n - u, s - a), e.lineTo(n + u, s + a), e.moveTo(n + h, s - r), e.lineTo(n - h, s + r);
        break;
      case "star":
        u = Math.cos(b) * m, r = Math.cos(b) * m, a = Math.sin(b) * m, h = Math.sin(b) * m, e.moveTo(n - u, s - a), e.lineTo(n + u, s + a), e.moveTo(n + h, s - r), e.lineTo(n - h, s + r), b += mn, u = Math.cos(b) * m, r = Math.cos(b) * m, a = Math.sin(b) * m, h = Math.sin(b) * m, e.moveTo(n - u, s - a), e.lineTo(n + u, s + a), e.moveTo(n + h, s - r), e.lineTo(n - h, s + r);
        break;
      case "line":
        r = Math.cos(b) * m, a = Math.sin(b) * m, e.moveTo(n - r, s - a), e.lineTo(n + r, s + a);
        break;
      case "dash":
        e.moveTo(n, s), e.lineTo(n + Math.cos(b) * m, s + Math.sin(b) * m);
        break;
      case !1:
        e.closePath();
        break;
    }
    e.fill(), t.borderWidth > 0 && e.stroke();
  }
}
function Hs(e, t, n) {
  return n = n || 0.5, !t || e && e.x > t.left - n && e.x < t.right + n && e.y > t.top - n && e.y < t.bottom + n;
}
function ca(e, t) {
  e.save(), e.beginPath(), e.rect(t.left, t.top, t.right - t.left, t.bottom - t.top), e.clip();
}
function fa(e) {
  e.restore();
}
function Ym(e, t, n, s, i) {
  if (!t)
    return e.lineTo(n.x, n.y);
  if (i === "middle") {
    const o = (t.x + n.x) / 2;
    e.lineTo(o, t.y), e.lineTo(o, n.y);
  } else i === "after" != !!s ? e.lineTo(t.x, n.y) : e.lineTo(n.x, t.y);
  e.lineTo(n.x, n.y);
}
function Km(e, t, n, s) {
  if (!t)
    return e.lineTo(n.x, n.y);
  e.bezierCurveTo(s ? t.cp1x : t.cp2x, s ? t.cp1y : t.cp2y, s ? n.cp2x : n.cp1x, s ? n.cp2y : n.cp1y, n.x, n.y);
}
function qm(e, t) {
  t.translation && e.translate(t.translation[0], t.translation[1]), yt(t.rotation) || e.rotate(t.rotation), t.color && (e.fillStyle = t.color), t.textAlign && (e.textAlign = t.textAlign), t.textBaseline && (e.textBaseline = t.textBaseline);
}
function Xm(e, t, n, s, i) {
  if (i.strikethrough || i.underline) {
    const o = e.measureText(s), r = t - o.actualBoundingBoxLeft, a = t + o.actualBoundingBoxRight, l = n - o.actualBoundingBoxAscent, c = n + o.actualBoundingBoxDescent, f = i.strikethrough ? (l + c) / 2 : c;
    e.strokeStyle = e.fillStyle, e.beginPath(), e.lineWidth = i.decorationWidth || 2, e.moveTo(r, f), e.lineTo(a, f), e.stroke();
  }
}
function Gm(e, t) {
  const n = e.fillStyle;
  e.fillStyle = t.color, e.fillRect(t.left, t.top, t.width, t.height), e.fillStyle = n;
}
function Vl(e, t, n, s, i, o = {}) {
  const r = Ct(t) ? t : [
    t
  ], a = o.strokeWidth > 0 && o.strokeColor !== "";
  let l, c;
  for (e.save(), e.font = i.string, qm(e, o), l = 0; l < r.length; ++l)
    c = r[l], o.backdrop && Gm(e, o.backdrop), a && (o.strokeColor && (e.strokeStyle = o.strokeColor), yt(o.strokeWidth) || (e.lineWidth = o.strokeWidth), e.strokeText(c, n, s, o.maxWidth)), e.fillText(c, n, s, o.maxWidth), Xm(e, n, s, c, o), s += Number(i.lineHeight);
  e.restore();
}
function Il(e, t) {
  const { x: n, y: s, w: i, h: o, radius: r } = t;
  e.arc(n + r.topLeft, s + r.topLeft, r.topLeft, 1.5 * It, It, !0), e.lineTo(n, s + o - r.bottomLeft), e.arc(n + r.bottomLeft, s + o - r.bottomLeft, r.bottomLeft, It, de, !0), e.lineTo(n + i - r.bottomRight, s + o), e.arc(n + i - r.bottomRight, s + o - r.bottomRight, r.bottomRight, de, 0, !0), e.lineTo(n + i, s + r.topRight), e.arc(n + i - r.topRight, s + r.topRight, r.topRight, 0, -de, !0), e.lineTo(n + r.topLeft, s);
}
const Zm = /^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/, Jm = /^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;
function Qm(e, t) {
  const n = ("" + e).match(Zm);
  if (!n || n[1] === "normal")
    return t * 1.2;
  switch (e = +n[2], n[3]) {
    case "px":
      return e;
    case "%":
      e /= 100;
      break;
  }
  return t * e;
}
const t0 = (e) => +e || 0;
function ku(e, t) {
  const n = {}, s = at(t), i = s ? Object.keys(t) : t, o = at(e) ? s ? (r) => ht(e[r], e[t[r]]) : (r) => e[r] : () => e;
  for (const r of i)
    n[r] = t0(o(r));
  return n;
}
function e0(e) {
  return ku(e, {
    top: "y",
    right: "x",
    bottom: "y",
    left: "x"
  });
}
function Ai(e) {
  return ku(e, [
    "topLeft",
    "topRight",
    "bottomLeft",
    "bottomRight"
  ]);
}
function cn(e) {
  const t = e0(e);
  return t.width = t.left + t.right, t.height = t.top + t.bottom, t;
}
function De(e, t) {
  e = e || {}, t = t || Et.font;
  let n = ht(e.size, t.size);
  typeof n == "string" && (n = parseInt(n, 10));
  let s = ht(e.style, t.style);
  s && !("" + s).match(Jm) && (console.warn('Invalid font style specified: "' + s + '"'), s = void 0);
  const i = {
    family: ht(e.family, t.family),
    lineHeight: Qm(ht(e.lineHeight, t.lineHeight), n),
    size: n,
    style: s,
    weight: ht(e.weight, t.weight),
    string: ""
  };
  return i.string = Wm(i), i;
}
function ci(e, t, n, s) {
  let i, o, r;
  for (i = 0, o = e.length; i < o; ++i)
    if (r = e[i], r !== void 0 && r !== void 0)
      return r;
}
function n0(e, t, n) {
  const { min: s, max: i } = e, o = hm(t, (i - s) / 2), r = (a, l) => n && a === 0 ? 0 : a + l;
  return {
    min: r(s, -Math.abs(o)),
    max: r(i, o)
  };
}
function Rn(e, t) {
  return Object.assign(Object.create(e), t);
}
function ua(e, t = [
  ""
], n, s, i = () => e[0]) {
  const o = n || e;
  typeof s > "u" && (s = Tu("_fallback", e));
  const r = {
    [Symbol.toStringTag]: "Object",
    _cacheable: !0,
    _scopes: e,
    _rootScopes: o,
    _fallback: s,
    _getTarget: i,
    override: (a) => ua([
      a,
      ...e
    ], t, o, s)
  };
  return new Proxy(r, {
    /**
    * A trap for the delete operator.
    */
    deleteProperty(a, l) {
      return delete a[l], delete a._keys, delete e[0][l], !0;
    },
    /**
    * A trap for getting property values.
    */
    get(a, l) {
      return Cu(a, l, () => f0(l, t, e, a));
    },
    /**
    * A trap for Object.getOwnPropertyDescriptor.
    * Also used by Object.hasOwnProperty.
    */
    getOwnPropertyDescriptor(a, l) {
      return Reflect.getOwnPropertyDescriptor(a._scopes[0], l);
    },
    /**
    * A trap for Object.getPrototypeOf.
    */
    getPrototypeOf() {
      return Reflect.getPrototypeOf(e[0]);
    },
    /**
    * A trap for the in operator.
    */
    has(a, l) {
      return Ll(a).includes(l);
    },
    /**
    * A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
    */
    ownKeys(a) {
      return Ll(a);
    },
    /**
    * A trap for setting property values.
    */
    set(a, l, c) {
      const f = a._storage || (a._storage = i());
      return a[l] = f[l] = c, delete a._keys, !0;
    }
  });
}
function Zn(e, t, n, s) {
  const i = {
    _cacheable: !1,
    _proxy: e,
    _context: t,
    _subProxy: n,
    _stack: /* @__PURE__ */ new Set(),
    _descriptors: Du(e, s),
    setContext: (o) => Zn(e, o, n, s),
    override: (o) => Zn(e.override(o), t, n, s)
  };
  return new Proxy(i, {
    /**
    * A trap for the delete operator.
    */
    deleteProperty(o, r) {
      return delete o[r], delete e[r], !0;
    },
    /**
    * A trap for getting property values.
    */
    get(o, r, a) {
      return Cu(o, r, () => i0(o, r, a));
    },
    /**
    * A trap for Object.getOwnPropertyDescriptor.
    * Also used by Object.hasOwnProperty.
    */
    getOwnPropertyDescriptor(o, r) {
      return o._descriptors.allKeys ? Reflect.has(e, r) ? {
        enumerable: !0,
        configurable: !0
      } : void 0 : Reflect.getOwnPropertyDescriptor(e, r);
    },
    /**
    * A trap for Object.getPrototypeOf.
    */
    getPrototypeOf() {
      return Reflect.getPrototypeOf(e);
    },
    /**
    * A trap for the in operator.
    */
    has(o, r) {
      return Reflect.has(e, r);
    },
    /**
    * A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
    */
    ownKeys() {
      return Reflect.ownKeys(e);
    },
    /**
    * A trap for setting property values.
    */
    set(o, r, a) {
      return e[r] = a, delete o[r], !0;
    }
  });
}
function Du(e, t = {
  scriptable: !0,
  indexable: !0
}) {
  const { _scriptable: n = t.scriptable, _indexable: s = t.indexable, _allKeys: i = t.allKeys } = e;
  return {
    allKeys: i,
    scriptable: n,
    indexable: s,
    isScriptable: ln(n) ? n : () => n,
    isIndexable: ln(s) ? s : () => s
  };
}
const s0 = (e, t) => e ? e + ra(t) : t, ha = (e, t) => at(t) && e !== "adapters" && (Object.getPrototypeOf(t) === null || t.constructor === Object);
function Cu(e, t, n) {
  if (Object.prototype.hasOwnProperty.call(e, t) || t === "constructor")
    return e[t];
  const s = n();
  return e[t] = s, s;
}
function i0(e, t, n) {
  const { _proxy: s, _context: i, _subProxy: o, _descriptors: r } = e;
  let a = s[t];
  return ln(a) && r.isScriptable(t) && (a = o0(t, a, e, n)), Ct(a) && a.length && (a = r0(t, a, e, r.isIndexable)), ha(t, a) && (a = Zn(a, i, o && o[t], r)), a;
}
function o0(e, t, n, s) {
  const { _proxy: i, _context: o, _subProxy: r, _stack: a } = n;
  if (a.has(e))
    throw new Error("Recursion detected: " + Array.from(a).join("->") + "->" + e);
  a.add(e);
  let l = t(o, r || s);
  return a.delete(e), ha(e, l) && (l = da(i._scopes, i, e, l)), l;
}
function r0(e, t, n, s) {
  const { _proxy: i, _context: o, _subProxy: r, _descriptors: a } = n;
  if (typeof o.index < "u" && s(e))
    return t[o.index % t.length];
  if (at(t[0])) {
    const l = t, c = i._scopes.filter((f) => f !== l);
    t = [];
    for (const f of l) {
      const u = da(c, i, e, f);
      t.push(Zn(u, o, r && r[e], a));
    }
  }
  return t;
}
function Pu(e, t, n) {
  return ln(e) ? e(t, n) : e;
}
const a0 = (e, t) => e === !0 ? t : typeof e == "string" ? Ji(t, e) : void 0;
function l0(e, t, n, s, i) {
  for (const o of t) {
    const r = a0(n, o);
    if (r) {
      e.add(r);
      const a = Pu(r._fallback, n, i);
      if (typeof a < "u" && a !== n && a !== s)
        return a;
    } else if (r === !1 && typeof s < "u" && n !== s)
      return null;
  }
  return !1;
}
function da(e, t, n, s) {
  const i = t._rootScopes, o = Pu(t._fallback, n, s), r = [
    ...e,
    ...i
  ], a = /* @__PURE__ */ new Set();
  a.add(s);
  let l = Rl(a, r, n, o || n, s);
  return l === null || typeof o < "u" && o !== n && (l = Rl(a, r, o, l, s), l === null) ? !1 : ua(Array.from(a), [
    ""
  ], i, o, () => c0(t, n, s));
}
function Rl(e, t, n, s, i) {
  for (; n; )
    n = l0(e, t, n, s, i);
  return n;
}
function c0(e, t, n) {
  const s = e._getTarget();
  t in s || (s[t] = {});
  const i = s[t];
  return Ct(i) && at(n) ? n : i || {};
}
function f0(e, t, n, s) {
  let i;
  for (const o of t)
    if (i = Tu(s0(o, e), n), typeof i < "u")
      return ha(e, i) ? da(n, s, e, i) : i;
}
function Tu(e, t) {
  for (const n of t) {
    if (!n)
      continue;
    const s = n[e];
    if (typeof s < "u")
      return s;
  }
}
function Ll(e) {
  let t = e._keys;
  return t || (t = e._keys = u0(e._scopes)), t;
}
function u0(e) {
  const t = /* @__PURE__ */ new Set();
  for (const n of e)
    for (const s of Object.keys(n).filter((i) => !i.startsWith("_")))
      t.add(s);
  return Array.from(t);
}
const h0 = Number.EPSILON || 1e-14, Jn = (e, t) => t < e.length && !e[t].skip && e[t], Au = (e) => e === "x" ? "y" : "x";
function d0(e, t, n, s) {
  const i = e.skip ? t : e, o = t, r = n.skip ? t : n, a = wr(o, i), l = wr(r, o);
  let c = a / (a + l), f = l / (a + l);
  c = isNaN(c) ? 0 : c, f = isNaN(f) ? 0 : f;
  const u = s * c, h = s * f;
  return {
    previous: {
      x: o.x - u * (r.x - i.x),
      y: o.y - u * (r.y - i.y)
    },
    next: {
      x: o.x + h * (r.x - i.x),
      y: o.y + h * (r.y - i.y)
    }
  };
}
function p0(e, t, n) {
  const s = e.length;
  let i, o, r, a, l, c = Jn(e, 0);
  for (let f = 0; f < s - 1; ++f)
    if (l = c, c = Jn(e, f + 1), !(!l || !c)) {
      if (Ps(t[f], 0, h0)) {
        n[f] = n[f + 1] = 0;
        continue;
      }
      i = n[f] / t[f], o = n[f + 1] / t[f], a = Math.pow(i, 2) + Math.pow(o, 2), !(a <= 9) && (r = 3 / Math.sqrt(a), n[f] = i * r * t[f], n[f + 1] = o * r * t[f]);
    }
}
function g0(e, t, n = "x") {
  const s = Au(n), i = e.length;
  let o, r, a, l = Jn(e, 0);
  for (let c = 0; c < i; ++c) {
    if (r = a, a = l, l = Jn(e, c + 1), !a)
      continue;
    const f = a[n], u = a[s];
    r && (o = (f - r[n]) / 3, a[`cp1${n}`] = f - o, a[`cp1${s}`] = u - o * t[c]), l && (o = (l[n] - f) / 3, a[`cp2${n}`] = f + o, a[`cp2${s}`] = u + o * t[c]);
  }
}
function m0(e, t = "x") {
  const n = Au(t), s = e.length, i = Array(s).fill(0), o = Array(s);
  let r, a, l, c = Jn(e, 0);
  for (r = 0; r < s; ++r)
    if (a = l, l = c, c = Jn(e, r + 1), !!l) {
      if (c) {
        const f = c[t] - l[t];
        i[r] = f !== 0 ? (c[n] - l[n]) / f : 0;
      }
      o[r] = a ? c ? Gn(i[r - 1]) !== Gn(i[r]) ? 0 : (i[r - 1] + i[r]) / 2 : i[r - 1] : i[r];
    }
  p0(e, i, o), g0(e, o, t);
}
function fi(e, t, n) {
  return Math.max(Math.min(e, n), t);
}
function b0(e, t) {
  let n, s, i, o, r, a = Hs(e[0], t);
  for (n = 0, s = e.length; n < s; ++n)
    r = o, o = a, a = n < s - 1 && Hs(e[n + 1], t), o && (i = e[n], r && (i.cp1x = fi(i.cp1x, t.left, t.right), i.cp1y = fi(i.cp1y, t.top, t.bottom)), a && (i.cp2x = fi(i.cp2x, t.left, t.right), i.cp2y = fi(i.cp2y, t.top, t.bottom)));
}
function _0(e, t, n, s, i) {
  let o, r, a, l;
  if (t.spanGaps && (e = e.filter((c) => !c.skip)), t.cubicInterpolationMode === "monotone")
    m0(e, i);
  else {
    let c = s ? e[e.length - 1] : e[0];
    for (o = 0, r = e.length; o < r; ++o)
      a = e[o], l = d0(c, a, e[Math.min(o + 1, r - (s ? 0 : 1)) % r], t.tension), a.cp1x = l.previous.x, a.cp1y = l.previous.y, a.cp2x = l.next.x, a.cp2y = l.next.y, c = a;
  }
  t.capBezierPoints && b0(e, n);
}
function pa() {
  return typeof window < "u" && typeof document < "u";
}
function ga(e) {
  let t = e.parentNode;
  return t && t.toString() === "[object ShadowRoot]" && (t = t.host), t;
}
function eo(e, t, n) {
  let s;
  return typeof e == "string" ? (s = parseInt(e, 10), e.indexOf("%") !== -1 && (s = s / 100 * t.parentNode[n])) : s = e, s;
}
const xo = (e) => e.ownerDocument.defaultView.getComputedStyle(e, null);
function y0(e, t) {
  return xo(e).getPropertyValue(t);
}
const x0 = [
  "top",
  "right",
  "bottom",
  "left"
];
function Tn(e, t, n) {
  const s = {};
  n = n ? "-" + n : "";
  for (let i = 0; i < 4; i++) {
    const o = x0[i];
    s[o] = parseFloat(e[t + "-" + o + n]) || 0;
  }
  return s.width = s.left + s.right, s.height = s.top + s.bottom, s;
}
const v0 = (e, t, n) => (e > 0 || t > 0) && (!n || !n.shadowRoot);
function w0(e, t) {
  const n = e.touches, s = n && n.length ? n[0] : e, { offsetX: i, offsetY: o } = s;
  let r = !1, a, l;
  if (v0(i, o, e.target))
    a = i, l = o;
  else {
    const c = t.getBoundingClientRect();
    a = s.clientX - c.left, l = s.clientY - c.top, r = !0;
  }
  return {
    x: a,
    y: l,
    box: r
  };
}
function vn(e, t) {
  if ("native" in e)
    return e;
  const { canvas: n, currentDevicePixelRatio: s } = t, i = xo(n), o = i.boxSizing === "border-box", r = Tn(i, "padding"), a = Tn(i, "border", "width"), { x: l, y: c, box: f } = w0(e, n), u = r.left + (f && a.left), h = r.top + (f && a.top);
  let { width: d, height: g } = t;
  return o && (d -= r.width + a.width, g -= r.height + a.height), {
    x: Math.round((l - u) / d * n.width / s),
    y: Math.round((c - h) / g * n.height / s)
  };
}
function E0(e, t, n) {
  let s, i;
  if (t === void 0 || n === void 0) {
    const o = e && ga(e);
    if (!o)
      t = e.clientWidth, n = e.clientHeight;
    else {
      const r = o.getBoundingClientRect(), a = xo(o), l = Tn(a, "border", "width"), c = Tn(a, "padding");
      t = r.width - c.width - l.width, n = r.height - c.height - l.height, s = eo(a.maxWidth, o, "clientWidth"), i = eo(a.maxHeight, o, "clientHeight");
    }
  }
  return {
    width: t,
    height: n,
    maxWidth: s || to,
    maxHeight: i || to
  };
}
const ui = (e) => Math.round(e * 10) / 10;
function O0(e, t, n, s) {
  const i = xo(e), o = Tn(i, "margin"), r = eo(i.maxWidth, e, "clientWidth") || to, a = eo(i.maxHeight, e, "clientHeight") || to, l = E0(e, t, n);
  let { width: c, height: f } = l;
  if (i.boxSizing === "content-box") {
    const h = Tn(i, "border", "width"), d = Tn(i, "padding");
    c -= d.width + h.width, f -= d.height + h.height;
  }
  return c = Math.max(0, c - o.width), f = Math.max(0, s ? c / s : f - o.height), c = ui(Math.min(c, r, l.maxWidth)), f = ui(Math.min(f, a, l.maxHeight)), c && !f && (f = ui(c / 2)), (t !== void 0 || n !== void 0) && s && l.height && f > l.height && (f = l.height, c = ui(Math.floor(f * s))), {
    width: c,
    height: f
  };
}
function Fl(e, t, n) {
  const s = t || 1, i = Math.floor(e.height * s), o = Math.floor(e.width * s);
  e.height = Math.floor(e.height), e.width = Math.floor(e.width);
  const r = e.canvas;
  return r.style && (n || !r.style.height && !r.style.width) && (r.style.height = `${e.height}px`, r.style.width = `${e.width}px`), e.currentDevicePixelRatio !== s || r.height !== i || r.width !== o ? (e.currentDevicePixelRatio = s, r.height = i, r.width = o, e.ctx.setTransform(s, 0, 0, s, 0, 0), !0) : !1;
}
const N0 = function() {
  let e = !1;
  try {
    const t = {
      get passive() {
        return e = !0, !1;
      }
    };
    pa() && (window.addEventListener("test", null, t), window.removeEventListener("test", null, t));
  } catch {
  }
  return e;
}();
function $l(e, t) {
  const n = y0(e, t), s = n && n.match(/^(\d+)(\.\d+)?px$/);
  return s ? +s[1] : void 0;
}
function wn(e, t, n, s) {
  return {
    x: e.x + n * (t.x - e.x),
    y: e.y + n * (t.y - e.y)
  };
}
function S0(e, t, n, s) {
  return {
    x: e.x + n * (t.x - e.x),
    y: s === "middle" ? n < 0.5 ? e.y : t.y : s === "after" ? n < 1 ? e.y : t.y : n > 0 ? t.y : e.y
  };
}
function M0(e, t, n, s) {
  const i = {
    x: e.cp2x,
    y: e.cp2y
  }, o = {
    x: t.cp1x,
    y: t.cp1y
  }, r = wn(e, i, n), a = wn(i, o, n), l = wn(o, t, n), c = wn(r, a, n), f = wn(a, l, n);
  return wn(c, f, n);
}
const k0 = function(e, t) {
  return {
    x(n) {
      return e + e + t - n;
    },
    setWidth(n) {
      t = n;
    },
    textAlign(n) {
      return n === "center" ? n : n === "right" ? "left" : "right";
    },
    xPlus(n, s) {
      return n - s;
    },
    leftForLtr(n, s) {
      return n - s;
    }
  };
}, D0 = function() {
  return {
    x(e) {
      return e;
    },
    setWidth(e) {
    },
    textAlign(e) {
      return e;
    },
    xPlus(e, t) {
      return e + t;
    },
    leftForLtr(e, t) {
      return e;
    }
  };
};
function Bo(e, t, n) {
  return e ? k0(t, n) : D0();
}
function C0(e, t) {
  let n, s;
  (t === "ltr" || t === "rtl") && (n = e.canvas.style, s = [
    n.getPropertyValue("direction"),
    n.getPropertyPriority("direction")
  ], n.setProperty("direction", t, "important"), e.prevTextDirection = s);
}
function P0(e, t) {
  t !== void 0 && (delete e.prevTextDirection, e.canvas.style.setProperty("direction", t[0], t[1]));
}
function Vu(e) {
  return e === "angle" ? {
    between: vu,
    compare: Nm,
    normalize: Ne
  } : {
    between: wu,
    compare: (t, n) => t - n,
    normalize: (t) => t
  };
}
function Bl({ start: e, end: t, count: n, loop: s, style: i }) {
  return {
    start: e % n,
    end: t % n,
    loop: s && (t - e + 1) % n === 0,
    style: i
  };
}
function T0(e, t, n) {
  const { property: s, start: i, end: o } = n, { between: r, normalize: a } = Vu(s), l = t.length;
  let { start: c, end: f, loop: u } = e, h, d;
  if (u) {
    for (c += l, f += l, h = 0, d = l; h < d && r(a(t[c % l][s]), i, o); ++h)
      c--, f--;
    c %= l, f %= l;
  }
  return f < c && (f += l), {
    start: c,
    end: f,
    loop: u,
    style: e.style
  };
}
function Iu(e, t, n) {
  if (!n)
    return [
      e
    ];
  const { property: s, start: i, end: o } = n, r = t.length, { compare: a, between: l, normalize: c } = Vu(s), { start: f, end: u, loop: h, style: d } = T0(e, t, n), g = [];
  let m = !1, b = null, y, N, D;
  const P = () => l(i, D, y) && a(i, D) !== 0, w = () => a(o, y) === 0 || l(o, D, y), S = () => m || P(), v = () => !m || w();
  for (let O = f, M = f; O <= u; ++O)
    N = t[O % r], !N.skip && (y = c(N[s]), y !== D && (m = l(y, i, o), b === null && S() && (b = a(y, i) === 0 ? O : M), b !== null && v() && (g.push(Bl({
      start: b,
      end: O,
      loop: h,
      count: r,
      style: d
    })), b = null), M = O, D = y));
  return b !== null && g.push(Bl({
    start: b,
    end: u,
    loop: h,
    count: r,
    style: d
  })), g;
}
function Ru(e, t) {
  const n = [], s = e.segments;
  for (let i = 0; i < s.length; i++) {
    const o = Iu(s[i], e.points, t);
    o.length && n.push(...o);
  }
  return n;
}
function A0(e, t, n, s) {
  let i = 0, o = t - 1;
  if (n && !s)
    for (; i < t && !e[i].skip; )
      i++;
  for (; i < t && e[i].skip; )
    i++;
  for (i %= t, n && (o += i); o > i && e[o % t].skip; )
    o--;
  return o %= t, {
    start: i,
    end: o
  };
}
function V0(e, t, n, s) {
  const i = e.length, o = [];
  let r = t, a = e[t], l;
  for (l = t + 1; l <= n; ++l) {
    const c = e[l % i];
    c.skip || c.stop ? a.skip || (s = !1, o.push({
      start: t % i,
      end: (l - 1) % i,
      loop: s
    }), t = r = c.stop ? l : null) : (r = l, a.skip && (t = l)), a = c;
  }
  return r !== null && o.push({
    start: t % i,
    end: r % i,
    loop: s
  }), o;
}
function I0(e, t) {
  const n = e.points, s = e.options.spanGaps, i = n.length;
  if (!i)
    return [];
  const o = !!e._loop, { start: r, end: a } = A0(n, i, o, s);
  if (s === !0)
    return jl(e, [
      {
        start: r,
        end: a,
        loop: o
      }
    ], n, t);
  const l = a < r ? a + i : a, c = !!e._fullLoop && r === 0 && a === i - 1;
  return jl(e, V0(n, r, l, c), n, t);
}
function jl(e, t, n, s) {
  return !s || !s.setContext || !n ? t : R0(e, t, n, s);
}
function R0(e, t, n, s) {
  const i = e._chart.getContext(), o = Hl(e.options), { _datasetIndex: r, options: { spanGaps: a } } = e, l = n.length, c = [];
  let f = o, u = t[0].start, h = u;
  function d(g, m, b, y) {
    const N = a ? -1 : 1;
    if (g !== m) {
      for (g += l; n[g % l].skip; )
        g -= N;
      for (; n[m % l].skip; )
        m += N;
      g % l !== m % l && (c.push({
        start: g % l,
        end: m % l,
        loop: b,
        style: y
      }), f = y, u = m % l);
    }
  }
  for (const g of t) {
    u = a ? u : g.start;
    let m = n[u % l], b;
    for (h = u + 1; h <= g.end; h++) {
      const y = n[h % l];
      b = Hl(s.setContext(Rn(i, {
        type: "segment",
        p0: m,
        p1: y,
        p0DataIndex: (h - 1) % l,
        p1DataIndex: h % l,
        datasetIndex: r
      }))), L0(b, f) && d(u, h - 1, g.loop, f), m = y, f = b;
    }
    u < h - 1 && d(u, h - 1, g.loop, f);
  }
  return c;
}
function Hl(e) {
  return {
    backgroundColor: e.backgroundColor,
    borderCapStyle: e.borderCapStyle,
    borderDash: e.borderDash,
    borderDashOffset: e.borderDashOffset,
    borderJoinStyle: e.borderJoinStyle,
    borderWidth: e.borderWidth,
    borderColor: e.borderColor
  };
}
function L0(e, t) {
  if (!t)
    return !1;
  const n = [], s = function(i, o) {
    return la(o) ? (n.includes(o) || n.push(o), n.indexOf(o)) : o;
  };
  return JSON.stringify(e, s) !== JSON.stringify(t, s);
}
/*!
 * Chart.js v4.4.7
 * https://www.chartjs.org
 * (c) 2024 Chart.js Contributors
 * Released under the MIT License
 */
class F0 {
  constructor() {
    this._request = null, this._charts = /* @__PURE__ */ new Map(), this._running = !1, this._lastDate = void 0;
  }
  _notify(t, n, s, i) {
    const o = n.listeners[i], r = n.duration;
    o.forEach((a) => a({
      chart: t,
      initial: n.initial,
      numSteps: r,
      currentStep: Math.min(s - n.start, r)
    }));
  }
  _refresh() {
    this._request || (this._running = !0, this._request = Ou.call(window, () => {
      this._update(), this._request = null, this._running && this._refresh();
    }));
  }
  _update(t = Date.now()) {
    let n = 0;
    this._charts.forEach((s, i) => {
      if (!s.running || !s.items.length)
        return;
      const o = s.items;
      let r = o.length - 1, a = !1, l;
      for (; r >= 0; --r)
        l = o[r], l._active ? (l._total > s.duration && (s.duration = l._total), l.tick(t), a = !0) : (o[r] = o[o.length - 1], o.pop());
      a && (i.draw(), this._notify(i, s, t, "progress")), o.length || (s.running = !1, this._notify(i, s, t, "complete"), s.initial = !1), n += o.length;
    }), this._lastDate = t, n === 0 && (this._running = !1);
  }
  _getAnims(t) {
    const n = this._charts;
    let s = n.get(t);
    return s || (s = {
      running: !1,
      initial: !0,
      items: [],
      listeners: {
        complete: [],
        progress: []
      }
    }, n.set(t, s)), s;
  }
  listen(t, n, s) {
    this._getAnims(t).listeners[n].push(s);
  }
  add(t, n) {
    !n || !n.length || this._getAnims(t).items.push(...n);
  }
  has(t) {
    return this._getAnims(t).items.length > 0;
  }
  start(t) {
    const n = this._charts.get(t);
    n && (n.running = !0, n.start = Date.now(), n.duration = n.items.reduce((s, i) => Math.max(s, i._duration), 0), this._refresh());
  }
  running(t) {
    if (!this._running)
      return !1;
    const n = this._charts.get(t);
    return !(!n || !n.running || !n.items.length);
  }
  stop(t) {
    const n = this._charts.get(t);
    if (!n || !n.items.length)
      return;
    const s = n.items;
    let i = s.length - 1;
    for (; i >= 0; --i)
      s[i].cancel();
    n.items = [], this._notify(t, n, Date.now(), "complete");
  }
  remove(t) {
    return this._charts.delete(t);
  }
}
var Be = /* @__PURE__ */ new F0();
const zl = "transparent", $0 = {
  boolean(e, t, n) {
    return n > 0.5 ? t : e;
  },
  color(e, t, n) {
    const s = Cl(e || zl), i = s.valid && Cl(t || zl);
    return i && i.valid ? i.mix(s, n).hexString() : t;
  },
  number(e, t, n) {
    return e + (t - e) * n;
  }
};
class B0 {
  constructor(t, n, s, i) {
    const o = n[s];
    i = ci([
      t.to,
      i,
      o,
      t.from
    ]);
    const r = ci([
      t.from,
      o,
      i
    ]);
    this._active = !0, this._fn = t.fn || $0[t.type || typeof r], this._easing = Ts[t.easing] || Ts.linear, this._start = Math.floor(Date.now() + (t.delay || 0)), this._duration = this._total = Math.floor(t.duration), this._loop = !!t.loop, this._target = n, this._prop = s, this._from = r, this._to = i, this._promises = void 0;
  }
  active() {
    return this._active;
  }
  update(t, n, s) {
    if (this._active) {
      this._notify(!1);
      const i = this._target[this._prop], o = s - this._start, r = this._duration - o;
      this._start = s, this._duration = Math.floor(Math.max(r, t.duration)), this._total += o, this._loop = !!t.loop, this._to = ci([
        t.to,
        n,
        i,
        t.from
      ]), this._from = ci([
        t.from,
        i,
        n
      ]);
    }
  }
  cancel() {
    this._active && (this.tick(Date.now()), this._active = !1, this._notify(!1));
  }
  tick(t) {
    const n = t - this._start, s = this._duration, i = this._prop, o = this._from, r = this._loop, a = this._to;
    let l;
    if (this._active = o !== a && (r || n < s), !this._active) {
      this._target[i] = a, this._notify(!0);
      return;
    }
    if (n < 0) {
      this._target[i] = o;
      return;
    }
    l = n / s % 2, l = r && l > 1 ? 2 - l : l, l = this._easing(Math.min(1, Math.max(0, l))), this._target[i] = this._fn(o, a, l);
  }
  wait() {
    const t = this._promises || (this._promises = []);
    return new Promise((n, s) => {
      t.push({
        res: n,
        rej: s
      });
    });
  }
  _notify(t) {
    const n = t ? "res" : "rej", s = this._promises || [];
    for (let i = 0; i < s.length; i++)
      s[i][n]();
  }
}
class Lu {
  constructor(t, n) {
    this._chart = t, this._properties = /* @__PURE__ */ new Map(), this.configure(n);
  }
  configure(t) {
    if (!at(t))
      return;
    const n = Object.keys(Et.animation), s = this._properties;
    Object.getOwnPropertyNames(t).forEach((i) => {
      const o = t[i];
      if (!at(o))
        return;
      const r = {};
      for (const a of n)
        r[a] = o[a];
      (Ct(o.properties) && o.properties || [
        i
      ]).forEach((a) => {
        (a === i || !s.has(a)) && s.set(a, r);
      });
    });
  }
  _animateOptions(t, n) {
    const s = n.options, i = H0(t, s);
    if (!i)
      return [];
    const o = this._createAnimations(i, s);
    return s.$shared && j0(t.options.$animations, s).then(() => {
      t.options = s;
    }, () => {
    }), o;
  }
  _createAnimations(t, n) {
    const s = this._properties, i = [], o = t.$animations || (t.$animations = {}), r = Object.keys(n), a = Date.now();
    let l;
    for (l = r.length - 1; l >= 0; --l) {
      const c = r[l];
      if (c.charAt(0) === "$")
        continue;
      if (c === "options") {
        i.push(...this._animateOptions(t, n));
        continue;
      }
      const f = n[c];
      let u = o[c];
      const h = s.get(c);
      if (u)
        if (h && u.active()) {
          u.update(h, f, a);
          continue;
        } else
          u.cancel();
      if (!h || !h.duration) {
        t[c] = f;
        continue;
      }
      o[c] = u = new B0(h, t, c, f), i.push(u);
    }
    return i;
  }
  update(t, n) {
    if (this._properties.size === 0) {
      Object.assign(t, n);
      return;
    }
    const s = this._createAnimations(t, n);
    if (s.length)
      return Be.add(this._chart, s), !0;
  }
}
function j0(e, t) {
  const n = [], s = Object.keys(t);
  for (let i = 0; i < s.length; i++) {
    const o = e[s[i]];
    o && o.active() && n.push(o.wait());
  }
  return Promise.all(n);
}
function H0(e, t) {
  if (!t)
    return;
  let n = e.options;
  if (!n) {
    e.options = t;
    return;
  }
  return n.$shared && (e.options = n = Object.assign({}, n, {
    $shared: !1,
    $animations: {}
  })), n;
}
function Wl(e, t) {
  const n = e && e.options || {}, s = n.reverse, i = n.min === void 0 ? t : 0, o = n.max === void 0 ? t : 0;
  return {
    start: s ? o : i,
    end: s ? i : o
  };
}
function z0(e, t, n) {
  if (n === !1)
    return !1;
  const s = Wl(e, n), i = Wl(t, n);
  return {
    top: i.end,
    right: s.end,
    bottom: i.start,
    left: s.start
  };
}
function W0(e) {
  let t, n, s, i;
  return at(e) ? (t = e.top, n = e.right, s = e.bottom, i = e.left) : t = n = s = i = e, {
    top: t,
    right: n,
    bottom: s,
    left: i,
    disabled: e === !1
  };
}
function Fu(e, t) {
  const n = [], s = e._getSortedDatasetMetas(t);
  let i, o;
  for (i = 0, o = s.length; i < o; ++i)
    n.push(s[i].index);
  return n;
}
function Ul(e, t, n, s = {}) {
  const i = e.keys, o = s.mode === "single";
  let r, a, l, c;
  if (t === null)
    return;
  let f = !1;
  for (r = 0, a = i.length; r < a; ++r) {
    if (l = +i[r], l === n) {
      if (f = !0, s.all)
        continue;
      break;
    }
    c = e.values[l], Rt(c) && (o || t === 0 || Gn(t) === Gn(c)) && (t += c);
  }
  return !f && !s.all ? 0 : t;
}
function U0(e, t) {
  const { iScale: n, vScale: s } = t, i = n.axis === "x" ? "x" : "y", o = s.axis === "x" ? "x" : "y", r = Object.keys(e), a = new Array(r.length);
  let l, c, f;
  for (l = 0, c = r.length; l < c; ++l)
    f = r[l], a[l] = {
      [i]: f,
      [o]: e[f]
    };
  return a;
}
function jo(e, t) {
  const n = e && e.options.stacked;
  return n || n === void 0 && t.stack !== void 0;
}
function Y0(e, t, n) {
  return `${e.id}.${t.id}.${n.stack || n.type}`;
}
function K0(e) {
  const { min: t, max: n, minDefined: s, maxDefined: i } = e.getUserBounds();
  return {
    min: s ? t : Number.NEGATIVE_INFINITY,
    max: i ? n : Number.POSITIVE_INFINITY
  };
}
function q0(e, t, n) {
  const s = e[t] || (e[t] = {});
  return s[n] || (s[n] = {});
}
function Yl(e, t, n, s) {
  for (const i of t.getMatchingVisibleMetas(s).reverse()) {
    const o = e[i.index];
    if (n && o > 0 || !n && o < 0)
      return i.index;
  }
  return null;
}
function Kl(e, t) {
  const { chart: n, _cachedMeta: s } = e, i = n._stacks || (n._stacks = {}), { iScale: o, vScale: r, index: a } = s, l = o.axis, c = r.axis, f = Y0(o, r, s), u = t.length;
  let h;
  for (let d = 0; d < u; ++d) {
    const g = t[d], { [l]: m, [c]: b } = g, y = g._stacks || (g._stacks = {});
    h = y[c] = q0(i, f, m), h[a] = b, h._top = Yl(h, r, !0, s.type), h._bottom = Yl(h, r, !1, s.type);
    const N = h._visualValues || (h._visualValues = {});
    N[a] = b;
  }
}
function Ho(e, t) {
  const n = e.scales;
  return Object.keys(n).filter((s) => n[s].axis === t).shift();
}
function X0(e, t) {
  return Rn(e, {
    active: !1,
    dataset: void 0,
    datasetIndex: t,
    index: t,
    mode: "default",
    type: "dataset"
  });
}
function G0(e, t, n) {
  return Rn(e, {
    active: !1,
    dataIndex: t,
    parsed: void 0,
    raw: void 0,
    element: n,
    index: t,
    mode: "default",
    type: "data"
  });
}
function ps(e, t) {
  const n = e.controller.index, s = e.vScale && e.vScale.axis;
  if (s) {
    t = t || e._parsed;
    for (const i of t) {
      const o = i._stacks;
      if (!o || o[s] === void 0 || o[s][n] === void 0)
        return;
      delete o[s][n], o[s]._visualValues !== void 0 && o[s]._visualValues[n] !== void 0 && delete o[s]._visualValues[n];
    }
  }
}
const zo = (e) => e === "reset" || e === "none", ql = (e, t) => t ? e : Object.assign({}, e), Z0 = (e, t, n) => e && !t.hidden && t._stacked && {
  keys: Fu(n, !0),
  values: null
};
class Vs {
  constructor(t, n) {
    this.chart = t, this._ctx = t.ctx, this.index = n, this._cachedDataOpts = {}, this._cachedMeta = this.getMeta(), this._type = this._cachedMeta.type, this.options = void 0, this._parsing = !1, this._data = void 0, this._objectData = void 0, this._sharedOptions = void 0, this._drawStart = void 0, this._drawCount = void 0, this.enableOptionSharing = !1, this.supportsDecimation = !1, this.$context = void 0, this._syncList = [], this.datasetElementType = new.target.datasetElementType, this.dataElementType = new.target.dataElementType, this.initialize();
  }
  initialize() {
    const t = this._cachedMeta;
    this.configure(), this.linkScales(), t._stacked = jo(t.vScale, t), this.addElements(), this.options.fill && !this.chart.isPluginEnabled("filler") && console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options");
  }
  updateIndex(t) {
    this.index !== t && ps(this._cachedMeta), this.index = t;
  }
  linkScales() {
    const t = this.chart, n = this._cachedMeta, s = this.getDataset(), i = (u, h, d, g) => u === "x" ? h : u === "r" ? g : d, o = n.xAxisID = ht(s.xAxisID, Ho(t, "x")), r = n.yAxisID = ht(s.yAxisID, Ho(t, "y")), a = n.rAxisID = ht(s.rAxisID, Ho(t, "r")), l = n.indexAxis, c = n.iAxisID = i(l, o, r, a), f = n.vAxisID = i(l, r, o, a);
    n.xScale = this.getScaleForId(o), n.yScale = this.getScaleForId(r), n.rScale = this.getScaleForId(a), n.iScale = this.getScaleForId(c), n.vScale = this.getScaleForId(f);
  }
  getDataset() {
    return this.chart.data.datasets[this.index];
  }
  getMeta() {
    return this.chart.getDatasetMeta(this.index);
  }
  getScaleForId(t) {
    return this.chart.scales[t];
  }
  _getOtherScale(t) {
    const n = this._cachedMeta;
    return t === n.iScale ? n.vScale : n.iScale;
  }
  reset() {
    this._update("reset");
  }
  _destroy() {
    const t = this._cachedMeta;
    this._data && Sl(this._data, this), t._stacked && ps(t);
  }
  _dataCheck() {
    const t = this.getDataset(), n = t.data || (t.data = []), s = this._data;
    if (at(n)) {
      const i = this._cachedMeta;
      this._data = U0(n, i);
    } else if (s !== n) {
      if (s) {
        Sl(s, this);
        const i = this._cachedMeta;
        ps(i), i._parsed = [];
      }
      n && Object.isExtensible(n) && Dm(n, this), this._syncList = [], this._data = n;
    }
  }
  addElements() {
    const t = this._cachedMeta;
    this._dataCheck(), this.datasetElementType && (t.dataset = new this.datasetElementType());
  }
  buildOrUpdateElements(t) {
    const n = this._cachedMeta, s = this.getDataset();
    let i = !1;
    this._dataCheck();
    const o = n._stacked;
    n._stacked = jo(n.vScale, n), n.stack !== s.stack && (i = !0, ps(n), n.stack = s.stack), this._resyncElements(t), (i || o !== n._stacked) && (Kl(this, n._parsed), n._stacked = jo(n.vScale, n));
  }
  configure() {
    const t = this.chart.config, n = t.datasetScopeKeys(this._type), s = t.getOptionScopes(this.getDataset(), n, !0);
    this.options = t.createResolver(s, this.getContext()), this._parsing = this.options.parsing, this._cachedDataOpts = {};
  }
  parse(t, n) {
    const { _cachedMeta: s, _data: i } = this, { iScale: o, _stacked: r } = s, a = o.axis;
    let l = t === 0 && n === i.length ? !0 : s._sorted, c = t > 0 && s._parsed[t - 1], f, u, h;
    if (this._parsing === !1)
      s._parsed = i, s._sorted = !0, h = i;
    else {
      Ct(i[t]) ? h = this.parseArrayData(s, i, t, n) : at(i[t]) ? h = this.parseObjectData(s, i, t, n) : h = this.parsePrimitiveData(s, i, t, n);
      const d = () => u[a] === null || c && u[a] < c[a];
      for (f = 0; f < n; ++f)
        s._parsed[f + t] = u = h[f], l && (d() && (l = !1), c = u);
      s._sorted = l;
    }
    r && Kl(this, h);
  }
  parsePrimitiveData(t, n, s, i) {
    const { iScale: o, vScale: r } = t, a = o.axis, l = r.axis, c = o.getLabels(), f = o === r, u = new Array(i);
    let h, d, g;
    for (h = 0, d = i; h < d; ++h)
      g = h + s, u[h] = {
        [a]: f || o.parse(c[g], g),
        [l]: r.parse(n[g], g)
      };
    return u;
  }
  parseArrayData(t, n, s, i) {
    const { xScale: o, yScale: r } = t, a = new Array(i);
    let l, c, f, u;
    for (l = 0, c = i; l < c; ++l)
      f = l + s, u = n[f], a[l] = {
        x: o.parse(u[0], f),
        y: r.parse(u[1], f)
      };
    return a;
  }
  parseObjectData(t, n, s, i) {
    const { xScale: o, yScale: r } = t, { xAxisKey: a = "x", yAxisKey: l = "y" } = this._parsing, c = new Array(i);
    let f, u, h, d;
    for (f = 0, u = i; f < u; ++f)
      h = f + s, d = n[h], c[f] = {
        x: o.parse(Ji(d, a), h),
        y: r.parse(Ji(d, l), h)
      };
    return c;
  }
  getParsed(t) {
    return this._cachedMeta._parsed[t];
  }
  getDataElement(t) {
    return this._cachedMeta.data[t];
  }
  applyStack(t, n, s) {
    const i = this.chart, o = this._cachedMeta, r = n[t.axis], a = {
      keys: Fu(i, !0),
      values: n._stacks[t.axis]._visualValues
    };
    return Ul(a, r, o.index, {
      mode: s
    });
  }
  updateRangeFromParsed(t, n, s, i) {
    const o = s[n.axis];
    let r = o === null ? NaN : o;
    const a = i && s._stacks[n.axis];
    i && a && (i.values = a, r = Ul(i, o, this._cachedMeta.index)), t.min = Math.min(t.min, r), t.max = Math.max(t.max, r);
  }
  getMinMax(t, n) {
    const s = this._cachedMeta, i = s._parsed, o = s._sorted && t === s.iScale, r = i.length, a = this._getOtherScale(t), l = Z0(n, s, this.chart), c = {
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY
    }, { min: f, max: u } = K0(a);
    let h, d;
    function g() {
      d = i[h];
      const m = d[a.axis];
      return !Rt(d[t.axis]) || f > m || u < m;
    }
    for (h = 0; h < r && !(!g() && (this.updateRangeFromParsed(c, t, d, l), o)); ++h)
      ;
    if (o) {
      for (h = r - 1; h >= 0; --h)
        if (!g()) {
          this.updateRangeFromParsed(c, t, d, l);
          break;
        }
    }
    return c;
  }
  getAllParsedValues(t) {
    const n = this._cachedMeta._parsed, s = [];
    let i, o, r;
    for (i = 0, o = n.length; i < o; ++i)
      r = n[i][t.axis], Rt(r) && s.push(r);
    return s;
  }
  getMaxOverflow() {
    return !1;
  }
  getLabelAndValue(t) {
    const n = this._cachedMeta, s = n.iScale, i = n.vScale, o = this.getParsed(t);
    return {
      label: s ? "" + s.getLabelForValue(o[s.axis]) : "",
      value: i ? "" + i.getLabelForValue(o[i.axis]) : ""
    };
  }
  _update(t) {
    const n = this._cachedMeta;
    this.update(t || "default"), n._clip = W0(ht(this.options.clip, z0(n.xScale, n.yScale, this.getMaxOverflow())));
  }
  update(t) {
  }
  draw() {
    const t = this._ctx, n = this.chart, s = this._cachedMeta, i = s.data || [], o = n.chartArea, r = [], a = this._drawStart || 0, l = this._drawCount || i.length - a, c = this.options.drawActiveElementsOnTop;
    let f;
    for (s.dataset && s.dataset.draw(t, o, a, l), f = a; f < a + l; ++f) {
      const u = i[f];
      u.hidden || (u.active && c ? r.push(u) : u.draw(t, o));
    }
    for (f = 0; f < r.length; ++f)
      r[f].draw(t, o);
  }
  getStyle(t, n) {
    const s = n ? "active" : "default";
    return t === void 0 && this._cachedMeta.dataset ? this.resolveDatasetElementOptions(s) : this.resolveDataElementOptions(t || 0, s);
  }
  getContext(t, n, s) {
    const i = this.getDataset();
    let o;
    if (t >= 0 && t < this._cachedMeta.data.length) {
      const r = this._cachedMeta.data[t];
      o = r.$context || (r.$context = G0(this.getContext(), t, r)), o.parsed = this.getParsed(t), o.raw = i.data[t], o.index = o.dataIndex = t;
    } else
      o = this.$context || (this.$context = X0(this.chart.getContext(), this.index)), o.dataset = i, o.index = o.datasetIndex = this.index;
    return o.active = !!n, o.mode = s, o;
  }
  resolveDatasetElementOptions(t) {
    return this._resolveElementOptions(this.datasetElementType.id, t);
  }
  resolveDataElementOptions(t, n) {
    return this._resolveElementOptions(this.dataElementType.id, n, t);
  }
  _resolveElementOptions(t, n = "default", s) {
    const i = n === "active", o = this._cachedDataOpts, r = t + "-" + n, a = o[r], l = this.enableOptionSharing && Qi(s);
    if (a)
      return ql(a, l);
    const c = this.chart.config, f = c.datasetElementScopeKeys(this._type, t), u = i ? [
      `${t}Hover`,
      "hover",
      t,
      ""
    ] : [
      t,
      ""
    ], h = c.getOptionScopes(this.getDataset(), f), d = Object.keys(Et.elements[t]), g = () => this.getContext(s, i, n), m = c.resolveNamedOptions(h, d, g, u);
    return m.$shared && (m.$shared = l, o[r] = Object.freeze(ql(m, l))), m;
  }
  _resolveAnimations(t, n, s) {
    const i = this.chart, o = this._cachedDataOpts, r = `animation-${n}`, a = o[r];
    if (a)
      return a;
    let l;
    if (i.options.animation !== !1) {
      const f = this.chart.config, u = f.datasetAnimationScopeKeys(this._type, n), h = f.getOptionScopes(this.getDataset(), u);
      l = f.createResolver(h, this.getContext(t, s, n));
    }
    const c = new Lu(i, l && l.animations);
    return l && l._cacheable && (o[r] = Object.freeze(c)), c;
  }
  getSharedOptions(t) {
    if (t.$shared)
      return this._sharedOptions || (this._sharedOptions = Object.assign({}, t));
  }
  includeOptions(t, n) {
    return !n || zo(t) || this.chart._animationsDisabled;
  }
  _getSharedOptions(t, n) {
    const s = this.resolveDataElementOptions(t, n), i = this._sharedOptions, o = this.getSharedOptions(s), r = this.includeOptions(n, o) || o !== i;
    return this.updateSharedOptions(o, n, s), {
      sharedOptions: o,
      includeOptions: r
    };
  }
  updateElement(t, n, s, i) {
    zo(i) ? Object.assign(t, s) : this._resolveAnimations(n, i).update(t, s);
  }
  updateSharedOptions(t, n, s) {
    t && !zo(n) && this._resolveAnimations(void 0, n).update(t, s);
  }
  _setStyle(t, n, s, i) {
    t.active = i;
    const o = this.getStyle(n, i);
    this._resolveAnimations(n, s, i).update(t, {
      options: !i && this.getSharedOptions(o) || o
    });
  }
  removeHoverStyle(t, n, s) {
    this._setStyle(t, s, "active", !1);
  }
  setHoverStyle(t, n, s) {
    this._setStyle(t, s, "active", !0);
  }
  _removeDatasetHoverStyle() {
    const t = this._cachedMeta.dataset;
    t && this._setStyle(t, void 0, "active", !1);
  }
  _setDatasetHoverStyle() {
    const t = this._cachedMeta.dataset;
    t && this._setStyle(t, void 0, "active", !0);
  }
  _resyncElements(t) {
    const n = this._data, s = this._cachedMeta.data;
    for (const [a, l, c] of this._syncList)
      this[a](l, c);
    this._syncList = [];
    const i = s.length, o = n.length, r = Math.min(o, i);
    r && this.parse(0, r), o > i ? this._insertElements(i, o - i, t) : o < i && this._removeElements(o, i - o);
  }
  _insertElements(t, n, s = !0) {
    const i = this._cachedMeta, o = i.data, r = t + n;
    let a;
    const l = (c) => {
      for (c.length += n, a = c.length - 1; a >= r; a--)
        c[a] = c[a - n];
    };
    for (l(o), a = t; a < r; ++a)
      o[a] = new this.dataElementType();
    this._parsing && l(i._parsed), this.parse(t, n), s && this.updateElements(o, t, n, "reset");
  }
  updateElements(t, n, s, i) {
  }
  _removeElements(t, n) {
    const s = this._cachedMeta;
    if (this._parsing) {
      const i = s._parsed.splice(t, n);
      s._stacked && ps(s, i);
    }
    s.data.splice(t, n);
  }
  _sync(t) {
    if (this._parsing)
      this._syncList.push(t);
    else {
      const [n, s, i] = t;
      this[n](s, i);
    }
    this.chart._dataChanges.push([
      this.index,
      ...t
    ]);
  }
  _onDataPush() {
    const t = arguments.length;
    this._sync([
      "_insertElements",
      this.getDataset().data.length - t,
      t
    ]);
  }
  _onDataPop() {
    this._sync([
      "_removeElements",
      this._cachedMeta.data.length - 1,
      1
    ]);
  }
  _onDataShift() {
    this._sync([
      "_removeElements",
      0,
      1
    ]);
  }
  _onDataSplice(t, n) {
    n && this._sync([
      "_removeElements",
      t,
      n
    ]);
    const s = arguments.length - 2;
    s && this._sync([
      "_insertElements",
      t,
      s
    ]);
  }
  _onDataUnshift() {
    this._sync([
      "_insertElements",
      0,
      arguments.length
    ]);
  }
}
Q(Vs, "defaults", {}), Q(Vs, "datasetElementType", null), Q(Vs, "dataElementType", null);
class Vi extends Vs {
  initialize() {
    this.enableOptionSharing = !0, this.supportsDecimation = !0, super.initialize();
  }
  update(t) {
    const n = this._cachedMeta, { dataset: s, data: i = [], _dataset: o } = n, r = this.chart._animationsDisabled;
    let { start: a, count: l } = Am(n, i, r);
    this._drawStart = a, this._drawCount = l, Vm(n) && (a = 0, l = i.length), s._chart = this.chart, s._datasetIndex = this.index, s._decimated = !!o._decimated, s.points = i;
    const c = this.resolveDatasetElementOptions(t);
    this.options.showLine || (c.borderWidth = 0), c.segment = this.options.segment, this.updateElement(s, void 0, {
      animated: !r,
      options: c
    }, t), this.updateElements(i, a, l, t);
  }
  updateElements(t, n, s, i) {
    const o = i === "reset", { iScale: r, vScale: a, _stacked: l, _dataset: c } = this._cachedMeta, { sharedOptions: f, includeOptions: u } = this._getSharedOptions(n, i), h = r.axis, d = a.axis, { spanGaps: g, segment: m } = this.options, b = js(g) ? g : Number.POSITIVE_INFINITY, y = this.chart._animationsDisabled || o || i === "none", N = n + s, D = t.length;
    let P = n > 0 && this.getParsed(n - 1);
    for (let w = 0; w < D; ++w) {
      const S = t[w], v = y ? S : {};
      if (w < n || w >= N) {
        v.skip = !0;
        continue;
      }
      const O = this.getParsed(w), M = yt(O[d]), L = v[h] = r.getPixelForValue(O[h], w), H = v[d] = o || M ? a.getBasePixel() : a.getPixelForValue(l ? this.applyStack(a, O, l) : O[d], w);
      v.skip = isNaN(L) || isNaN(H) || M, v.stop = w > 0 && Math.abs(O[h] - P[h]) > b, m && (v.parsed = O, v.raw = c.data[w]), u && (v.options = f || this.resolveDataElementOptions(w, S.active ? "active" : i)), y || this.updateElement(S, w, v, i), P = O;
    }
  }
  getMaxOverflow() {
    const t = this._cachedMeta, n = t.dataset, s = n.options && n.options.borderWidth || 0, i = t.data || [];
    if (!i.length)
      return s;
    const o = i[0].size(this.resolveDataElementOptions(0)), r = i[i.length - 1].size(this.resolveDataElementOptions(i.length - 1));
    return Math.max(s, o, r) / 2;
  }
  draw() {
    const t = this._cachedMeta;
    t.dataset.updateControlPoints(this.chart.chartArea, t.iScale.axis), super.draw();
  }
}
Q(Vi, "id", "line"), Q(Vi, "defaults", {
  datasetElementType: "line",
  dataElementType: "point",
  showLine: !0,
  spanGaps: !1
}), Q(Vi, "overrides", {
  scales: {
    _index_: {
      type: "category"
    },
    _value_: {
      type: "linear"
    }
  }
});
function _n() {
  throw new Error("This method is not implemented: Check that a complete date adapter is provided.");
}
class ma {
  constructor(t) {
    Q(this, "options");
    this.options = t || {};
  }
  /**
  * Override default date adapter methods.
  * Accepts type parameter to define options type.
  * @example
  * Chart._adapters._date.override<{myAdapterOption: string}>({
  *   init() {
  *     console.log(this.options.myAdapterOption);
  *   }
  * })
  */
  static override(t) {
    Object.assign(ma.prototype, t);
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-function
  init() {
  }
  formats() {
    return _n();
  }
  parse() {
    return _n();
  }
  format() {
    return _n();
  }
  add() {
    return _n();
  }
  diff() {
    return _n();
  }
  startOf() {
    return _n();
  }
  endOf() {
    return _n();
  }
}
var J0 = {
  _date: ma
};
function Q0(e, t, n, s) {
  const { controller: i, data: o, _sorted: r } = e, a = i._cachedMeta.iScale;
  if (a && t === a.axis && t !== "r" && r && o.length) {
    const l = a._reversePixels ? Mm : On;
    if (s) {
      if (i._sharedOptions) {
        const c = o[0], f = typeof c.getRange == "function" && c.getRange(t);
        if (f) {
          const u = l(o, t, n - f), h = l(o, t, n + f);
          return {
            lo: u.lo,
            hi: h.hi
          };
        }
      }
    } else return l(o, t, n);
  }
  return {
    lo: 0,
    hi: o.length - 1
  };
}
function vo(e, t, n, s, i) {
  const o = e.getSortedVisibleDatasetMetas(), r = n[t];
  for (let a = 0, l = o.length; a < l; ++a) {
    const { index: c, data: f } = o[a], { lo: u, hi: h } = Q0(o[a], t, r, i);
    for (let d = u; d <= h; ++d) {
      const g = f[d];
      g.skip || s(g, c, d);
    }
  }
}
function tb(e) {
  const t = e.indexOf("x") !== -1, n = e.indexOf("y") !== -1;
  return function(s, i) {
    const o = t ? Math.abs(s.x - i.x) : 0, r = n ? Math.abs(s.y - i.y) : 0;
    return Math.sqrt(Math.pow(o, 2) + Math.pow(r, 2));
  };
}
function Wo(e, t, n, s, i) {
  const o = [];
  return !i && !e.isPointInArea(t) || vo(e, n, t, function(a, l, c) {
    !i && !Hs(a, e.chartArea, 0) || a.inRange(t.x, t.y, s) && o.push({
      element: a,
      datasetIndex: l,
      index: c
    });
  }, !0), o;
}
function eb(e, t, n, s) {
  let i = [];
  function o(r, a, l) {
    const { startAngle: c, endAngle: f } = r.getProps([
      "startAngle",
      "endAngle"
    ], s), { angle: u } = Om(r, {
      x: t.x,
      y: t.y
    });
    vu(u, c, f) && i.push({
      element: r,
      datasetIndex: a,
      index: l
    });
  }
  return vo(e, n, t, o), i;
}
function nb(e, t, n, s, i, o) {
  let r = [];
  const a = tb(n);
  let l = Number.POSITIVE_INFINITY;
  function c(f, u, h) {
    const d = f.inRange(t.x, t.y, i);
    if (s && !d)
      return;
    const g = f.getCenterPoint(i);
    if (!(!!o || e.isPointInArea(g)) && !d)
      return;
    const b = a(t, g);
    b < l ? (r = [
      {
        element: f,
        datasetIndex: u,
        index: h
      }
    ], l = b) : b === l && r.push({
      element: f,
      datasetIndex: u,
      index: h
    });
  }
  return vo(e, n, t, c), r;
}
function Uo(e, t, n, s, i, o) {
  return !o && !e.isPointInArea(t) ? [] : n === "r" && !s ? eb(e, t, n, i) : nb(e, t, n, s, i, o);
}
function Xl(e, t, n, s, i) {
  const o = [], r = n === "x" ? "inXRange" : "inYRange";
  let a = !1;
  return vo(e, n, t, (l, c, f) => {
    l[r] && l[r](t[n], i) && (o.push({
      element: l,
      datasetIndex: c,
      index: f
    }), a = a || l.inRange(t.x, t.y, i));
  }), s && !a ? [] : o;
}
var sb = {
  modes: {
    index(e, t, n, s) {
      const i = vn(t, e), o = n.axis || "x", r = n.includeInvisible || !1, a = n.intersect ? Wo(e, i, o, s, r) : Uo(e, i, o, !1, s, r), l = [];
      return a.length ? (e.getSortedVisibleDatasetMetas().forEach((c) => {
        const f = a[0].index, u = c.data[f];
        u && !u.skip && l.push({
          element: u,
          datasetIndex: c.index,
          index: f
        });
      }), l) : [];
    },
    dataset(e, t, n, s) {
      const i = vn(t, e), o = n.axis || "xy", r = n.includeInvisible || !1;
      let a = n.intersect ? Wo(e, i, o, s, r) : Uo(e, i, o, !1, s, r);
      if (a.length > 0) {
        const l = a[0].datasetIndex, c = e.getDatasetMeta(l).data;
        a = [];
        for (let f = 0; f < c.length; ++f)
          a.push({
            element: c[f],
            datasetIndex: l,
            index: f
          });
      }
      return a;
    },
    point(e, t, n, s) {
      const i = vn(t, e), o = n.axis || "xy", r = n.includeInvisible || !1;
      return Wo(e, i, o, s, r);
    },
    nearest(e, t, n, s) {
      const i = vn(t, e), o = n.axis || "xy", r = n.includeInvisible || !1;
      return Uo(e, i, o, n.intersect, s, r);
    },
    x(e, t, n, s) {
      const i = vn(t, e);
      return Xl(e, i, "x", n.intersect, s);
    },
    y(e, t, n, s) {
      const i = vn(t, e);
      return Xl(e, i, "y", n.intersect, s);
    }
  }
};
const $u = [
  "left",
  "top",
  "right",
  "bottom"
];
function gs(e, t) {
  return e.filter((n) => n.pos === t);
}
function Gl(e, t) {
  return e.filter((n) => $u.indexOf(n.pos) === -1 && n.box.axis === t);
}
function ms(e, t) {
  return e.sort((n, s) => {
    const i = t ? s : n, o = t ? n : s;
    return i.weight === o.weight ? i.index - o.index : i.weight - o.weight;
  });
}
function ib(e) {
  const t = [];
  let n, s, i, o, r, a;
  for (n = 0, s = (e || []).length; n < s; ++n)
    i = e[n], { position: o, options: { stack: r, stackWeight: a = 1 } } = i, t.push({
      index: n,
      box: i,
      pos: o,
      horizontal: i.isHorizontal(),
      weight: i.weight,
      stack: r && o + r,
      stackWeight: a
    });
  return t;
}
function ob(e) {
  const t = {};
  for (const n of e) {
    const { stack: s, pos: i, stackWeight: o } = n;
    if (!s || !$u.includes(i))
      continue;
    const r = t[s] || (t[s] = {
      count: 0,
      placed: 0,
      weight: 0,
      size: 0
    });
    r.count++, r.weight += o;
  }
  return t;
}
function rb(e, t) {
  const n = ob(e), { vBoxMaxWidth: s, hBoxMaxHeight: i } = t;
  let o, r, a;
  for (o = 0, r = e.length; o < r; ++o) {
    a = e[o];
    const { fullSize: l } = a.box, c = n[a.stack], f = c && a.stackWeight / c.weight;
    a.horizontal ? (a.width = f ? f * s : l && t.availableWidth, a.height = i) : (a.width = s, a.height = f ? f * i : l && t.availableHeight);
  }
  return n;
}
function ab(e) {
  const t = ib(e), n = ms(t.filter((c) => c.box.fullSize), !0), s = ms(gs(t, "left"), !0), i = ms(gs(t, "right")), o = ms(gs(t, "top"), !0), r = ms(gs(t, "bottom")), a = Gl(t, "x"), l = Gl(t, "y");
  return {
    fullSize: n,
    leftAndTop: s.concat(o),
    rightAndBottom: i.concat(l).concat(r).concat(a),
    chartArea: gs(t, "chartArea"),
    vertical: s.concat(i).concat(l),
    horizontal: o.concat(r).concat(a)
  };
}
function Zl(e, t, n, s) {
  return Math.max(e[n], t[n]) + Math.max(e[s], t[s]);
}
function Bu(e, t) {
  e.top = Math.max(e.top, t.top), e.left = Math.max(e.left, t.left), e.bottom = Math.max(e.bottom, t.bottom), e.right = Math.max(e.right, t.right);
}
function lb(e, t, n, s) {
  const { pos: i, box: o } = n, r = e.maxPadding;
  if (!at(i)) {
    n.size && (e[i] -= n.size);
    const u = s[n.stack] || {
      size: 0,
      count: 1
    };
    u.size = Math.max(u.size, n.horizontal ? o.height : o.width), n.size = u.size / u.count, e[i] += n.size;
  }
  o.getPadding && Bu(r, o.getPadding());
  const a = Math.max(0, t.outerWidth - Zl(r, e, "left", "right")), l = Math.max(0, t.outerHeight - Zl(r, e, "top", "bottom")), c = a !== e.w, f = l !== e.h;
  return e.w = a, e.h = l, n.horizontal ? {
    same: c,
    other: f
  } : {
    same: f,
    other: c
  };
}
function cb(e) {
  const t = e.maxPadding;
  function n(s) {
    const i = Math.max(t[s] - e[s], 0);
    return e[s] += i, i;
  }
  e.y += n("top"), e.x += n("left"), n("right"), n("bottom");
}
function fb(e, t) {
  const n = t.maxPadding;
  function s(i) {
    const o = {
      left: 0,
      top: 0,
      right: 0,
      bottom: 0
    };
    return i.forEach((r) => {
      o[r] = Math.max(t[r], n[r]);
    }), o;
  }
  return s(e ? [
    "left",
    "right"
  ] : [
    "top",
    "bottom"
  ]);
}
function ws(e, t, n, s) {
  const i = [];
  let o, r, a, l, c, f;
  for (o = 0, r = e.length, c = 0; o < r; ++o) {
    a = e[o], l = a.box, l.update(a.width || t.w, a.height || t.h, fb(a.horizontal, t));
    const { same: u, other: h } = lb(t, n, a, s);
    c |= u && i.length, f = f || h, l.fullSize || i.push(a);
  }
  return c && ws(i, t, n, s) || f;
}
function hi(e, t, n, s, i) {
  e.top = n, e.left = t, e.right = t + s, e.bottom = n + i, e.width = s, e.height = i;
}
function Jl(e, t, n, s) {
  const i = n.padding;
  let { x: o, y: r } = t;
  for (const a of e) {
    const l = a.box, c = s[a.stack] || {
      placed: 0,
      weight: 1
    }, f = a.stackWeight / c.weight || 1;
    if (a.horizontal) {
      const u = t.w * f, h = c.size || l.height;
      Qi(c.start) && (r = c.start), l.fullSize ? hi(l, i.left, r, n.outerWidth - i.right - i.left, h) : hi(l, t.left + c.placed, r, u, h), c.start = r, c.placed += u, r = l.bottom;
    } else {
      const u = t.h * f, h = c.size || l.width;
      Qi(c.start) && (o = c.start), l.fullSize ? hi(l, o, i.top, h, n.outerHeight - i.bottom - i.top) : hi(l, o, t.top + c.placed, h, u), c.start = o, c.placed += u, o = l.right;
    }
  }
  t.x = o, t.y = r;
}
var di = {
  addBox(e, t) {
    e.boxes || (e.boxes = []), t.fullSize = t.fullSize || !1, t.position = t.position || "top", t.weight = t.weight || 0, t._layers = t._layers || function() {
      return [
        {
          z: 0,
          draw(n) {
            t.draw(n);
          }
        }
      ];
    }, e.boxes.push(t);
  },
  removeBox(e, t) {
    const n = e.boxes ? e.boxes.indexOf(t) : -1;
    n !== -1 && e.boxes.splice(n, 1);
  },
  configure(e, t, n) {
    t.fullSize = n.fullSize, t.position = n.position, t.weight = n.weight;
  },
  update(e, t, n, s) {
    if (!e)
      return;
    const i = cn(e.options.layout.padding), o = Math.max(t - i.width, 0), r = Math.max(n - i.height, 0), a = ab(e.boxes), l = a.vertical, c = a.horizontal;
    ft(e.boxes, (m) => {
      typeof m.beforeLayout == "function" && m.beforeLayout();
    });
    const f = l.reduce((m, b) => b.box.options && b.box.options.display === !1 ? m : m + 1, 0) || 1, u = Object.freeze({
      outerWidth: t,
      outerHeight: n,
      padding: i,
      availableWidth: o,
      availableHeight: r,
      vBoxMaxWidth: o / 2 / f,
      hBoxMaxHeight: r / 2
    }), h = Object.assign({}, i);
    Bu(h, cn(s));
    const d = Object.assign({
      maxPadding: h,
      w: o,
      h: r,
      x: i.left,
      y: i.top
    }, i), g = rb(l.concat(c), u);
    ws(a.fullSize, d, u, g), ws(l, d, u, g), ws(c, d, u, g) && ws(l, d, u, g), cb(d), Jl(a.leftAndTop, d, u, g), d.x += d.w, d.y += d.h, Jl(a.rightAndBottom, d, u, g), e.chartArea = {
      left: d.left,
      top: d.top,
      right: d.left + d.w,
      bottom: d.top + d.h,
      height: d.h,
      width: d.w
    }, ft(a.chartArea, (m) => {
      const b = m.box;
      Object.assign(b, e.chartArea), b.update(d.w, d.h, {
        left: 0,
        top: 0,
        right: 0,
        bottom: 0
      });
    });
  }
};
class ju {
  acquireContext(t, n) {
  }
  releaseContext(t) {
    return !1;
  }
  addEventListener(t, n, s) {
  }
  removeEventListener(t, n, s) {
  }
  getDevicePixelRatio() {
    return 1;
  }
  getMaximumSize(t, n, s, i) {
    return n = Math.max(0, n || t.width), s = s || t.height, {
      width: n,
      height: Math.max(0, i ? Math.floor(n / i) : s)
    };
  }
  isAttached(t) {
    return !0;
  }
  updateConfig(t) {
  }
}
class ub extends ju {
  acquireContext(t) {
    return t && t.getContext && t.getContext("2d") || null;
  }
  updateConfig(t) {
    t.options.animation = !1;
  }
}
const Ii = "$chartjs", hb = {
  touchstart: "mousedown",
  touchmove: "mousemove",
  touchend: "mouseup",
  pointerenter: "mouseenter",
  pointerdown: "mousedown",
  pointermove: "mousemove",
  pointerup: "mouseup",
  pointerleave: "mouseout",
  pointerout: "mouseout"
}, Ql = (e) => e === null || e === "";
function db(e, t) {
  const n = e.style, s = e.getAttribute("height"), i = e.getAttribute("width");
  if (e[Ii] = {
    initial: {
      height: s,
      width: i,
      style: {
        display: n.display,
        height: n.height,
        width: n.width
      }
    }
  }, n.display = n.display || "block", n.boxSizing = n.boxSizing || "border-box", Ql(i)) {
    const o = $l(e, "width");
    o !== void 0 && (e.width = o);
  }
  if (Ql(s))
    if (e.style.height === "")
      e.height = e.width / (t || 2);
    else {
      const o = $l(e, "height");
      o !== void 0 && (e.height = o);
    }
  return e;
}
const Hu = N0 ? {
  passive: !0
} : !1;
function pb(e, t, n) {
  e && e.addEventListener(t, n, Hu);
}
function gb(e, t, n) {
  e && e.canvas && e.canvas.removeEventListener(t, n, Hu);
}
function mb(e, t) {
  const n = hb[e.type] || e.type, { x: s, y: i } = vn(e, t);
  return {
    type: n,
    chart: t,
    native: e,
    x: s !== void 0 ? s : null,
    y: i !== void 0 ? i : null
  };
}
function no(e, t) {
  for (const n of e)
    if (n === t || n.contains(t))
      return !0;
}
function bb(e, t, n) {
  const s = e.canvas, i = new MutationObserver((o) => {
    let r = !1;
    for (const a of o)
      r = r || no(a.addedNodes, s), r = r && !no(a.removedNodes, s);
    r && n();
  });
  return i.observe(document, {
    childList: !0,
    subtree: !0
  }), i;
}
function _b(e, t, n) {
  const s = e.canvas, i = new MutationObserver((o) => {
    let r = !1;
    for (const a of o)
      r = r || no(a.removedNodes, s), r = r && !no(a.addedNodes, s);
    r && n();
  });
  return i.observe(document, {
    childList: !0,
    subtree: !0
  }), i;
}
const zs = /* @__PURE__ */ new Map();
let tc = 0;
function zu() {
  const e = window.devicePixelRatio;
  e !== tc && (tc = e, zs.forEach((t, n) => {
    n.currentDevicePixelRatio !== e && t();
  }));
}
function yb(e, t) {
  zs.size || window.addEventListener("resize", zu), zs.set(e, t);
}
function xb(e) {
  zs.delete(e), zs.size || window.removeEventListener("resize", zu);
}
function vb(e, t, n) {
  const s = e.canvas, i = s && ga(s);
  if (!i)
    return;
  const o = Nu((a, l) => {
    const c = i.clientWidth;
    n(a, l), c < i.clientWidth && n();
  }, window), r = new ResizeObserver((a) => {
    const l = a[0], c = l.contentRect.width, f = l.contentRect.height;
    c === 0 && f === 0 || o(c, f);
  });
  return r.observe(i), yb(e, o), r;
}
function Yo(e, t, n) {
  n && n.disconnect(), t === "resize" && xb(e);
}
function wb(e, t, n) {
  const s = e.canvas, i = Nu((o) => {
    e.ctx !== null && n(mb(o, e));
  }, e);
  return pb(s, t, i), i;
}
class Eb extends ju {
  acquireContext(t, n) {
    const s = t && t.getContext && t.getContext("2d");
    return s && s.canvas === t ? (db(t, n), s) : null;
  }
  releaseContext(t) {
    const n = t.canvas;
    if (!n[Ii])
      return !1;
    const s = n[Ii].initial;
    [
      "height",
      "width"
    ].forEach((o) => {
      const r = s[o];
      yt(r) ? n.removeAttribute(o) : n.setAttribute(o, r);
    });
    const i = s.style || {};
    return Object.keys(i).forEach((o) => {
      n.style[o] = i[o];
    }), n.width = n.width, delete n[Ii], !0;
  }
  addEventListener(t, n, s) {
    this.removeEventListener(t, n);
    const i = t.$proxies || (t.$proxies = {}), r = {
      attach: bb,
      detach: _b,
      resize: vb
    }[n] || wb;
    i[n] = r(t, n, s);
  }
  removeEventListener(t, n) {
    const s = t.$proxies || (t.$proxies = {}), i = s[n];
    if (!i)
      return;
    ({
      attach: Yo,
      detach: Yo,
      resize: Yo
    }[n] || gb)(t, n, i), s[n] = void 0;
  }
  getDevicePixelRatio() {
    return window.devicePixelRatio;
  }
  getMaximumSize(t, n, s, i) {
    return O0(t, n, s, i);
  }
  isAttached(t) {
    const n = t && ga(t);
    return !!(n && n.isConnected);
  }
}
function Ob(e) {
  return !pa() || typeof OffscreenCanvas < "u" && e instanceof OffscreenCanvas ? ub : Eb;
}
var Oi;
let Js = (Oi = class {
  constructor() {
    Q(this, "x");
    Q(this, "y");
    Q(this, "active", !1);
    Q(this, "options");
    Q(this, "$animations");
  }
  tooltipPosition(t) {
    const { x: n, y: s } = this.getProps([
      "x",
      "y"
    ], t);
    return {
      x: n,
      y: s
    };
  }
  hasValue() {
    return js(this.x) && js(this.y);
  }
  getProps(t, n) {
    const s = this.$animations;
    if (!n || !s)
      return this;
    const i = {};
    return t.forEach((o) => {
      i[o] = s[o] && s[o].active() ? s[o]._to : this[o];
    }), i;
  }
}, Q(Oi, "defaults", {}), Q(Oi, "defaultRoutes"), Oi);
function Nb(e, t) {
  const n = e.options.ticks, s = Sb(e), i = Math.min(n.maxTicksLimit || s, s), o = n.major.enabled ? kb(t) : [], r = o.length, a = o[0], l = o[r - 1], c = [];
  if (r > i)
    return Db(t, c, o, r / i), c;
  const f = Mb(o, t, i);
  if (r > 0) {
    let u, h;
    const d = r > 1 ? Math.round((l - a) / (r - 1)) : null;
    for (pi(t, c, f, yt(d) ? 0 : a - d, a), u = 0, h = r - 1; u < h; u++)
      pi(t, c, f, o[u], o[u + 1]);
    return pi(t, c, f, l, yt(d) ? t.length : l + d), c;
  }
  return pi(t, c, f), c;
}
function Sb(e) {
  const t = e.options.offset, n = e._tickSize(), s = e._length / n + (t ? 0 : 1), i = e._maxLength / n;
  return Math.floor(Math.min(s, i));
}
function Mb(e, t, n) {
  const s = Cb(e), i = t.length / n;
  if (!s)
    return Math.max(i, 1);
  const o = xm(s);
  for (let r = 0, a = o.length - 1; r < a; r++) {
    const l = o[r];
    if (l > i)
      return l;
  }
  return Math.max(i, 1);
}
function kb(e) {
  const t = [];
  let n, s;
  for (n = 0, s = e.length; n < s; n++)
    e[n].major && t.push(n);
  return t;
}
function Db(e, t, n, s) {
  let i = 0, o = n[0], r;
  for (s = Math.ceil(s), r = 0; r < e.length; r++)
    r === o && (t.push(e[r]), i++, o = n[i * s]);
}
function pi(e, t, n, s, i) {
  const o = ht(s, 0), r = Math.min(ht(i, e.length), e.length);
  let a = 0, l, c, f;
  for (n = Math.ceil(n), i && (l = i - s, n = l / Math.floor(l / n)), f = o; f < 0; )
    a++, f = Math.round(o + a * n);
  for (c = Math.max(o, 0); c < r; c++)
    c === f && (t.push(e[c]), a++, f = Math.round(o + a * n));
}
function Cb(e) {
  const t = e.length;
  let n, s;
  if (t < 2)
    return !1;
  for (s = e[0], n = 1; n < t; ++n)
    if (e[n] - e[n - 1] !== s)
      return !1;
  return s;
}
const Pb = (e) => e === "left" ? "right" : e === "right" ? "left" : e, ec = (e, t, n) => t === "top" || t === "left" ? e[t] + n : e[t] - n, nc = (e, t) => Math.min(t || e, e);
function sc(e, t) {
  const n = [], s = e.length / t, i = e.length;
  let o = 0;
  for (; o < i; o += s)
    n.push(e[Math.floor(o)]);
  return n;
}
function Tb(e, t, n) {
  const s = e.ticks.length, i = Math.min(t, s - 1), o = e._startPixel, r = e._endPixel, a = 1e-6;
  let l = e.getPixelForTick(i), c;
  if (!(n && (s === 1 ? c = Math.max(l - o, r - l) : t === 0 ? c = (e.getPixelForTick(1) - l) / 2 : c = (l - e.getPixelForTick(i - 1)) / 2, l += i < t ? c : -c, l < o - a || l > r + a)))
    return l;
}
function Ab(e, t) {
  ft(e, (n) => {
    const s = n.gc, i = s.length / 2;
    let o;
    if (i > t) {
      for (o = 0; o < i; ++o)
        delete n.data[s[o]];
      s.splice(0, i);
    }
  });
}
function bs(e) {
  return e.drawTicks ? e.tickLength : 0;
}
function ic(e, t) {
  if (!e.display)
    return 0;
  const n = De(e.font, t), s = cn(e.padding);
  return (Ct(e.text) ? e.text.length : 1) * n.lineHeight + s.height;
}
function Vb(e, t) {
  return Rn(e, {
    scale: t,
    type: "scale"
  });
}
function Ib(e, t, n) {
  return Rn(e, {
    tick: n,
    index: t,
    type: "tick"
  });
}
function Rb(e, t, n) {
  let s = Tm(e);
  return (n && t !== "right" || !n && t === "right") && (s = Pb(s)), s;
}
function Lb(e, t, n, s) {
  const { top: i, left: o, bottom: r, right: a, chart: l } = e, { chartArea: c, scales: f } = l;
  let u = 0, h, d, g;
  const m = r - i, b = a - o;
  if (e.isHorizontal()) {
    if (d = Ml(s, o, a), at(n)) {
      const y = Object.keys(n)[0], N = n[y];
      g = f[y].getPixelForValue(N) + m - t;
    } else n === "center" ? g = (c.bottom + c.top) / 2 + m - t : g = ec(e, n, t);
    h = a - o;
  } else {
    if (at(n)) {
      const y = Object.keys(n)[0], N = n[y];
      d = f[y].getPixelForValue(N) - b + t;
    } else n === "center" ? d = (c.left + c.right) / 2 - b + t : d = ec(e, n, t);
    g = Ml(s, r, i), u = n === "left" ? -de : de;
  }
  return {
    titleX: d,
    titleY: g,
    maxWidth: h,
    rotation: u
  };
}
class ns extends Js {
  constructor(t) {
    super(), this.id = t.id, this.type = t.type, this.options = void 0, this.ctx = t.ctx, this.chart = t.chart, this.top = void 0, this.bottom = void 0, this.left = void 0, this.right = void 0, this.width = void 0, this.height = void 0, this._margins = {
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    }, this.maxWidth = void 0, this.maxHeight = void 0, this.paddingTop = void 0, this.paddingBottom = void 0, this.paddingLeft = void 0, this.paddingRight = void 0, this.axis = void 0, this.labelRotation = void 0, this.min = void 0, this.max = void 0, this._range = void 0, this.ticks = [], this._gridLineItems = null, this._labelItems = null, this._labelSizes = null, this._length = 0, this._maxLength = 0, this._longestTextCache = {}, this._startPixel = void 0, this._endPixel = void 0, this._reversePixels = !1, this._userMax = void 0, this._userMin = void 0, this._suggestedMax = void 0, this._suggestedMin = void 0, this._ticksLength = 0, this._borderValue = 0, this._cache = {}, this._dataLimitsCached = !1, this.$context = void 0;
  }
  init(t) {
    this.options = t.setContext(this.getContext()), this.axis = t.axis, this._userMin = this.parse(t.min), this._userMax = this.parse(t.max), this._suggestedMin = this.parse(t.suggestedMin), this._suggestedMax = this.parse(t.suggestedMax);
  }
  parse(t, n) {
    return t;
  }
  getUserBounds() {
    let { _userMin: t, _userMax: n, _suggestedMin: s, _suggestedMax: i } = this;
    return t = ve(t, Number.POSITIVE_INFINITY), n = ve(n, Number.NEGATIVE_INFINITY), s = ve(s, Number.POSITIVE_INFINITY), i = ve(i, Number.NEGATIVE_INFINITY), {
      min: ve(t, s),
      max: ve(n, i),
      minDefined: Rt(t),
      maxDefined: Rt(n)
    };
  }
  getMinMax(t) {
    let { min: n, max: s, minDefined: i, maxDefined: o } = this.getUserBounds(), r;
    if (i && o)
      return {
        min: n,
        max: s
      };
    const a = this.getMatchingVisibleMetas();
    for (let l = 0, c = a.length; l < c; ++l)
      r = a[l].controller.getMinMax(this, t), i || (n = Math.min(n, r.min)), o || (s = Math.max(s, r.max));
    return n = o && n > s ? s : n, s = i && n > s ? n : s, {
      min: ve(n, ve(s, n)),
      max: ve(s, ve(n, s))
    };
  }
  getPadding() {
    return {
      left: this.paddingLeft || 0,
      top: this.paddingTop || 0,
      right: this.paddingRight || 0,
      bottom: this.paddingBottom || 0
    };
  }
  getTicks() {
    return this.ticks;
  }
  getLabels() {
    const t = this.chart.data;
    return this.options.labels || (this.isHorizontal() ? t.xLabels : t.yLabels) || t.labels || [];
  }
  getLabelItems(t = this.chart.chartArea) {
    return this._labelItems || (this._labelItems = this._computeLabelItems(t));
  }
  beforeLayout() {
    this._cache = {}, this._dataLimitsCached = !1;
  }
  beforeUpdate() {
    xt(this.options.beforeUpdate, [
      this
    ]);
  }
  update(t, n, s) {
    const { beginAtZero: i, grace: o, ticks: r } = this.options, a = r.sampleSize;
    this.beforeUpdate(), this.maxWidth = t, this.maxHeight = n, this._margins = s = Object.assign({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    }, s), this.ticks = null, this._labelSizes = null, this._gridLineItems = null, this._labelItems = null, this.beforeSetDimensions(), this.setDimensions(), this.afterSetDimensions(), this._maxLength = this.isHorizontal() ? this.width + s.left + s.right : this.height + s.top + s.bottom, this._dataLimitsCached || (this.beforeDataLimits(), this.determineDataLimits(), this.afterDataLimits(), this._range = n0(this, o, i), this._dataLimitsCached = !0), this.beforeBuildTicks(), this.ticks = this.buildTicks() || [], this.afterBuildTicks();
    const l = a < this.ticks.length;
    this._convertTicksToLabels(l ? sc(this.ticks, a) : this.ticks), this.configure(), this.beforeCalculateLabelRotation(), this.calculateLabelRotation(), this.afterCalculateLabelRotation(), r.display && (r.autoSkip || r.source === "auto") && (this.ticks = Nb(this, this.ticks), this._labelSizes = null, this.afterAutoSkip()), l && this._convertTicksToLabels(this.ticks), this.beforeFit(), this.fit(), this.afterFit(), this.afterUpdate();
  }
  configure() {
    let t = this.options.reverse, n, s;
    this.isHorizontal() ? (n = this.left, s = this.right) : (n = this.top, s = this.bottom, t = !t), this._startPixel = n, this._endPixel = s, this._reversePixels = t, this._length = s - n, this._alignToPixels = this.options.alignToPixels;
  }
  afterUpdate() {
    xt(this.options.afterUpdate, [
      this
    ]);
  }
  beforeSetDimensions() {
    xt(this.options.beforeSetDimensions, [
      this
    ]);
  }
  setDimensions() {
    this.isHorizontal() ? (this.width = this.maxWidth, this.left = 0, this.right = this.width) : (this.height = this.maxHeight, this.top = 0, this.bottom = this.height), this.paddingLeft = 0, this.paddingTop = 0, this.paddingRight = 0, this.paddingBottom = 0;
  }
  afterSetDimensions() {
    xt(this.options.afterSetDimensions, [
      this
    ]);
  }
  _callHooks(t) {
    this.chart.notifyPlugins(t, this.getContext()), xt(this.options[t], [
      this
    ]);
  }
  beforeDataLimits() {
    this._callHooks("beforeDataLimits");
  }
  determineDataLimits() {
  }
  afterDataLimits() {
    this._callHooks("afterDataLimits");
  }
  beforeBuildTicks() {
    this._callHooks("beforeBuildTicks");
  }
  buildTicks() {
    return [];
  }
  afterBuildTicks() {
    this._callHooks("afterBuildTicks");
  }
  beforeTickToLabelConversion() {
    xt(this.options.beforeTickToLabelConversion, [
      this
    ]);
  }
  generateTickLabels(t) {
    const n = this.options.ticks;
    let s, i, o;
    for (s = 0, i = t.length; s < i; s++)
      o = t[s], o.label = xt(n.callback, [
        o.value,
        s,
        t
      ], this);
  }
  afterTickToLabelConversion() {
    xt(this.options.afterTickToLabelConversion, [
      this
    ]);
  }
  beforeCalculateLabelRotation() {
    xt(this.options.beforeCalculateLabelRotation, [
      this
    ]);
  }
  calculateLabelRotation() {
    const t = this.options, n = t.ticks, s = nc(this.ticks.length, t.ticks.maxTicksLimit), i = n.minRotation || 0, o = n.maxRotation;
    let r = i, a, l, c;
    if (!this._isVisible() || !n.display || i >= o || s <= 1 || !this.isHorizontal()) {
      this.labelRotation = i;
      return;
    }
    const f = this._getLabelSizes(), u = f.widest.width, h = f.highest.height, d = ie(this.chart.width - u, 0, this.maxWidth);
    a = t.offset ? this.maxWidth / s : d / (s - 1), u + 6 > a && (a = d / (s - (t.offset ? 0.5 : 1)), l = this.maxHeight - bs(t.grid) - n.padding - ic(t.title, this.chart.options.font), c = Math.sqrt(u * u + h * h), r = Em(Math.min(Math.asin(ie((f.highest.height + 6) / a, -1, 1)), Math.asin(ie(l / c, -1, 1)) - Math.asin(ie(h / c, -1, 1)))), r = Math.max(i, Math.min(o, r))), this.labelRotation = r;
  }
  afterCalculateLabelRotation() {
    xt(this.options.afterCalculateLabelRotation, [
      this
    ]);
  }
  afterAutoSkip() {
  }
  beforeFit() {
    xt(this.options.beforeFit, [
      this
    ]);
  }
  fit() {
    const t = {
      width: 0,
      height: 0
    }, { chart: n, options: { ticks: s, title: i, grid: o } } = this, r = this._isVisible(), a = this.isHorizontal();
    if (r) {
      const l = ic(i, n.options.font);
      if (a ? (t.width = this.maxWidth, t.height = bs(o) + l) : (t.height = this.maxHeight, t.width = bs(o) + l), s.display && this.ticks.length) {
        const { first: c, last: f, widest: u, highest: h } = this._getLabelSizes(), d = s.padding * 2, g = En(this.labelRotation), m = Math.cos(g), b = Math.sin(g);
        if (a) {
          const y = s.mirror ? 0 : b * u.width + m * h.height;
          t.height = Math.min(this.maxHeight, t.height + y + d);
        } else {
          const y = s.mirror ? 0 : m * u.width + b * h.height;
          t.width = Math.min(this.maxWidth, t.width + y + d);
        }
        this._calculatePadding(c, f, b, m);
      }
    }
    this._handleMargins(), a ? (this.width = this._length = n.width - this._margins.left - this._margins.right, this.height = t.height) : (this.width = t.width, this.height = this._length = n.height - this._margins.top - this._margins.bottom);
  }
  _calculatePadding(t, n, s, i) {
    const { ticks: { align: o, padding: r }, position: a } = this.options, l = this.labelRotation !== 0, c = a !== "top" && this.axis === "x";
    if (this.isHorizontal()) {
      const f = this.getPixelForTick(0) - this.left, u = this.right - this.getPixelForTick(this.ticks.length - 1);
      let h = 0, d = 0;
      l ? c ? (h = i * t.width, d = s * n.height) : (h = s * t.height, d = i * n.width) : o === "start" ? d = n.width : o === "end" ? h = t.width : o !== "inner" && (h = t.width / 2, d = n.width / 2), this.paddingLeft = Math.max((h - f + r) * this.width / (this.width - f), 0), this.paddingRight = Math.max((d - u + r) * this.width / (this.width - u), 0);
    } else {
      let f = n.height / 2, u = t.height / 2;
      o === "start" ? (f = 0, u = t.height) : o === "end" && (f = n.height, u = 0), this.paddingTop = f + r, this.paddingBottom = u + r;
    }
  }
  _handleMargins() {
    this._margins && (this._margins.left = Math.max(this.paddingLeft, this._margins.left), this._margins.top = Math.max(this.paddingTop, this._margins.top), this._margins.right = Math.max(this.paddingRight, this._margins.right), this._margins.bottom = Math.max(this.paddingBottom, this._margins.bottom));
  }
  afterFit() {
    xt(this.options.afterFit, [
      this
    ]);
  }
  isHorizontal() {
    const { axis: t, position: n } = this.options;
    return n === "top" || n === "bottom" || t === "x";
  }
  isFullSize() {
    return this.options.fullSize;
  }
  _convertTicksToLabels(t) {
    this.beforeTickToLabelConversion(), this.generateTickLabels(t);
    let n, s;
    for (n = 0, s = t.length; n < s; n++)
      yt(t[n].label) && (t.splice(n, 1), s--, n--);
    this.afterTickToLabelConversion();
  }
  _getLabelSizes() {
    let t = this._labelSizes;
    if (!t) {
      const n = this.options.ticks.sampleSize;
      let s = this.ticks;
      n < s.length && (s = sc(s, n)), this._labelSizes = t = this._computeLabelSizes(s, s.length, this.options.ticks.maxTicksLimit);
    }
    return t;
  }
  _computeLabelSizes(t, n, s) {
    const { ctx: i, _longestTextCache: o } = this, r = [], a = [], l = Math.floor(n / nc(n, s));
    let c = 0, f = 0, u, h, d, g, m, b, y, N, D, P, w;
    for (u = 0; u < n; u += l) {
      if (g = t[u].label, m = this._resolveTickFontOptions(u), i.font = b = m.string, y = o[b] = o[b] || {
        data: {},
        gc: []
      }, N = m.lineHeight, D = P = 0, !yt(g) && !Ct(g))
        D = Tl(i, y.data, y.gc, D, g), P = N;
      else if (Ct(g))
        for (h = 0, d = g.length; h < d; ++h)
          w = g[h], !yt(w) && !Ct(w) && (D = Tl(i, y.data, y.gc, D, w), P += N);
      r.push(D), a.push(P), c = Math.max(D, c), f = Math.max(P, f);
    }
    Ab(o, n);
    const S = r.indexOf(c), v = a.indexOf(f), O = (M) => ({
      width: r[M] || 0,
      height: a[M] || 0
    });
    return {
      first: O(0),
      last: O(n - 1),
      widest: O(S),
      highest: O(v),
      widths: r,
      heights: a
    };
  }
  getLabelForValue(t) {
    return t;
  }
  getPixelForValue(t, n) {
    return NaN;
  }
  getValueForPixel(t) {
  }
  getPixelForTick(t) {
    const n = this.ticks;
    return t < 0 || t > n.length - 1 ? null : this.getPixelForValue(n[t].value);
  }
  getPixelForDecimal(t) {
    this._reversePixels && (t = 1 - t);
    const n = this._startPixel + t * this._length;
    return Sm(this._alignToPixels ? bn(this.chart, n, 0) : n);
  }
  getDecimalForPixel(t) {
    const n = (t - this._startPixel) / this._length;
    return this._reversePixels ? 1 - n : n;
  }
  getBasePixel() {
    return this.getPixelForValue(this.getBaseValue());
  }
  getBaseValue() {
    const { min: t, max: n } = this;
    return t < 0 && n < 0 ? n : t > 0 && n > 0 ? t : 0;
  }
  getContext(t) {
    const n = this.ticks || [];
    if (t >= 0 && t < n.length) {
      const s = n[t];
      return s.$context || (s.$context = Ib(this.getContext(), t, s));
    }
    return this.$context || (this.$context = Vb(this.chart.getContext(), this));
  }
  _tickSize() {
    const t = this.options.ticks, n = En(this.labelRotation), s = Math.abs(Math.cos(n)), i = Math.abs(Math.sin(n)), o = this._getLabelSizes(), r = t.autoSkipPadding || 0, a = o ? o.widest.width + r : 0, l = o ? o.highest.height + r : 0;
    return this.isHorizontal() ? l * s > a * i ? a / s : l / i : l * i < a * s ? l / s : a / i;
  }
  _isVisible() {
    const t = this.options.display;
    return t !== "auto" ? !!t : this.getMatchingVisibleMetas().length > 0;
  }
  _computeGridLineItems(t) {
    const n = this.axis, s = this.chart, i = this.options, { grid: o, position: r, border: a } = i, l = o.offset, c = this.isHorizontal(), u = this.ticks.length + (l ? 1 : 0), h = bs(o), d = [], g = a.setContext(this.getContext()), m = g.display ? g.width : 0, b = m / 2, y = function(st) {
      return bn(s, st, m);
    };
    let N, D, P, w, S, v, O, M, L, H, j, tt;
    if (r === "top")
      N = y(this.bottom), v = this.bottom - h, M = N - b, H = y(t.top) + b, tt = t.bottom;
    else if (r === "bottom")
      N = y(this.top), H = t.top, tt = y(t.bottom) - b, v = N + b, M = this.top + h;
    else if (r === "left")
      N = y(this.right), S = this.right - h, O = N - b, L = y(t.left) + b, j = t.right;
    else if (r === "right")
      N = y(this.left), L = t.left, j = y(t.right) - b, S = N + b, O = this.left + h;
    else if (n === "x") {
      if (r === "center")
        N = y((t.top + t.bottom) / 2 + 0.5);
      else if (at(r)) {
        const st = Object.keys(r)[0], W = r[st];
        N = y(this.chart.scales[st].getPixelForValue(W));
      }
      H = t.top, tt = t.bottom, v = N + b, M = v + h;
    } else if (n === "y") {
      if (r === "center")
        N = y((t.left + t.right) / 2);
      else if (at(r)) {
        const st = Object.keys(r)[0], W = r[st];
        N = y(this.chart.scales[st].getPixelForValue(W));
      }
      S = N - b, O = S - h, L = t.left, j = t.right;
    }
    const Ot = ht(i.ticks.maxTicksLimit, u), it = Math.max(1, Math.ceil(u / Ot));
    for (D = 0; D < u; D += it) {
      const st = this.getContext(D), W = o.setContext(st), X = a.setContext(st), Pt = W.lineWidth, le = W.color, ne = X.dash || [], Lt = X.dashOffset, kt = W.tickWidth, ce = W.tickColor, dn = W.tickBorderDash || [], Ie = W.tickBorderDashOffset;
      P = Tb(this, D, l), P !== void 0 && (w = bn(s, P, Pt), c ? S = O = L = j = w : v = M = H = tt = w, d.push({
        tx1: S,
        ty1: v,
        tx2: O,
        ty2: M,
        x1: L,
        y1: H,
        x2: j,
        y2: tt,
        width: Pt,
        color: le,
        borderDash: ne,
        borderDashOffset: Lt,
        tickWidth: kt,
        tickColor: ce,
        tickBorderDash: dn,
        tickBorderDashOffset: Ie
      }));
    }
    return this._ticksLength = u, this._borderValue = N, d;
  }
  _computeLabelItems(t) {
    const n = this.axis, s = this.options, { position: i, ticks: o } = s, r = this.isHorizontal(), a = this.ticks, { align: l, crossAlign: c, padding: f, mirror: u } = o, h = bs(s.grid), d = h + f, g = u ? -f : d, m = -En(this.labelRotation), b = [];
    let y, N, D, P, w, S, v, O, M, L, H, j, tt = "middle";
    if (i === "top")
      S = this.bottom - g, v = this._getXAxisLabelAlignment();
    else if (i === "bottom")
      S = this.top + g, v = this._getXAxisLabelAlignment();
    else if (i === "left") {
      const it = this._getYAxisLabelAlignment(h);
      v = it.textAlign, w = it.x;
    } else if (i === "right") {
      const it = this._getYAxisLabelAlignment(h);
      v = it.textAlign, w = it.x;
    } else if (n === "x") {
      if (i === "center")
        S = (t.top + t.bottom) / 2 + d;
      else if (at(i)) {
        const it = Object.keys(i)[0], st = i[it];
        S = this.chart.scales[it].getPixelForValue(st) + d;
      }
      v = this._getXAxisLabelAlignment();
    } else if (n === "y") {
      if (i === "center")
        w = (t.left + t.right) / 2 - d;
      else if (at(i)) {
        const it = Object.keys(i)[0], st = i[it];
        w = this.chart.scales[it].getPixelForValue(st);
      }
      v = this._getYAxisLabelAlignment(h).textAlign;
    }
    n === "y" && (l === "start" ? tt = "top" : l === "end" && (tt = "bottom"));
    const Ot = this._getLabelSizes();
    for (y = 0, N = a.length; y < N; ++y) {
      D = a[y], P = D.label;
      const it = o.setContext(this.getContext(y));
      O = this.getPixelForTick(y) + o.labelOffset, M = this._resolveTickFontOptions(y), L = M.lineHeight, H = Ct(P) ? P.length : 1;
      const st = H / 2, W = it.color, X = it.textStrokeColor, Pt = it.textStrokeWidth;
      let le = v;
      r ? (w = O, v === "inner" && (y === N - 1 ? le = this.options.reverse ? "left" : "right" : y === 0 ? le = this.options.reverse ? "right" : "left" : le = "center"), i === "top" ? c === "near" || m !== 0 ? j = -H * L + L / 2 : c === "center" ? j = -Ot.highest.height / 2 - st * L + L : j = -Ot.highest.height + L / 2 : c === "near" || m !== 0 ? j = L / 2 : c === "center" ? j = Ot.highest.height / 2 - st * L : j = Ot.highest.height - H * L, u && (j *= -1), m !== 0 && !it.showLabelBackdrop && (w += L / 2 * Math.sin(m))) : (S = O, j = (1 - H) * L / 2);
      let ne;
      if (it.showLabelBackdrop) {
        const Lt = cn(it.backdropPadding), kt = Ot.heights[y], ce = Ot.widths[y];
        let dn = j - Lt.top, Ie = 0 - Lt.left;
        switch (tt) {
          case "middle":
            dn -= kt / 2;
            break;
          case "bottom":
            dn -= kt;
            break;
        }
        switch (v) {
          case "center":
            Ie -= ce / 2;
            break;
          case "right":
            Ie -= ce;
            break;
          case "inner":
            y === N - 1 ? Ie -= ce : y > 0 && (Ie -= ce / 2);
            break;
        }
        ne = {
          left: Ie,
          top: dn,
          width: ce + Lt.width,
          height: kt + Lt.height,
          color: it.backdropColor
        };
      }
      b.push({
        label: P,
        font: M,
        textOffset: j,
        options: {
          rotation: m,
          color: W,
          strokeColor: X,
          strokeWidth: Pt,
          textAlign: le,
          textBaseline: tt,
          translation: [
            w,
            S
          ],
          backdrop: ne
        }
      });
    }
    return b;
  }
  _getXAxisLabelAlignment() {
    const { position: t, ticks: n } = this.options;
    if (-En(this.labelRotation))
      return t === "top" ? "left" : "right";
    let i = "center";
    return n.align === "start" ? i = "left" : n.align === "end" ? i = "right" : n.align === "inner" && (i = "inner"), i;
  }
  _getYAxisLabelAlignment(t) {
    const { position: n, ticks: { crossAlign: s, mirror: i, padding: o } } = this.options, r = this._getLabelSizes(), a = t + o, l = r.widest.width;
    let c, f;
    return n === "left" ? i ? (f = this.right + o, s === "near" ? c = "left" : s === "center" ? (c = "center", f += l / 2) : (c = "right", f += l)) : (f = this.right - a, s === "near" ? c = "right" : s === "center" ? (c = "center", f -= l / 2) : (c = "left", f = this.left)) : n === "right" ? i ? (f = this.left + o, s === "near" ? c = "right" : s === "center" ? (c = "center", f -= l / 2) : (c = "left", f -= l)) : (f = this.left + a, s === "near" ? c = "left" : s === "center" ? (c = "center", f += l / 2) : (c = "right", f = this.right)) : c = "right", {
      textAlign: c,
      x: f
    };
  }
  _computeLabelArea() {
    if (this.options.ticks.mirror)
      return;
    const t = this.chart, n = this.options.position;
    if (n === "left" || n === "right")
      return {
        top: 0,
        left: this.left,
        bottom: t.height,
        right: this.right
      };
    if (n === "top" || n === "bottom")
      return {
        top: this.top,
        left: 0,
        bottom: this.bottom,
        right: t.width
      };
  }
  drawBackground() {
    const { ctx: t, options: { backgroundColor: n }, left: s, top: i, width: o, height: r } = this;
    n && (t.save(), t.fillStyle = n, t.fillRect(s, i, o, r), t.restore());
  }
  getLineWidthForValue(t) {
    const n = this.options.grid;
    if (!this._isVisible() || !n.display)
      return 0;
    const i = this.ticks.findIndex((o) => o.value === t);
    return i >= 0 ? n.setContext(this.getContext(i)).lineWidth : 0;
  }
  drawGrid(t) {
    const n = this.options.grid, s = this.ctx, i = this._gridLineItems || (this._gridLineItems = this._computeGridLineItems(t));
    let o, r;
    const a = (l, c, f) => {
      !f.width || !f.color || (s.save(), s.lineWidth = f.width, s.strokeStyle = f.color, s.setLineDash(f.borderDash || []), s.lineDashOffset = f.borderDashOffset, s.beginPath(), s.moveTo(l.x, l.y), s.lineTo(c.x, c.y), s.stroke(), s.restore());
    };
    if (n.display)
      for (o = 0, r = i.length; o < r; ++o) {
        const l = i[o];
        n.drawOnChartArea && a({
          x: l.x1,
          y: l.y1
        }, {
          x: l.x2,
          y: l.y2
        }, l), n.drawTicks && a({
          x: l.tx1,
          y: l.ty1
        }, {
          x: l.tx2,
          y: l.ty2
        }, {
          color: l.tickColor,
          width: l.tickWidth,
          borderDash: l.tickBorderDash,
          borderDashOffset: l.tickBorderDashOffset
        });
      }
  }
  drawBorder() {
    const { chart: t, ctx: n, options: { border: s, grid: i } } = this, o = s.setContext(this.getContext()), r = s.display ? o.width : 0;
    if (!r)
      return;
    const a = i.setContext(this.getContext(0)).lineWidth, l = this._borderValue;
    let c, f, u, h;
    this.isHorizontal() ? (c = bn(t, this.left, r) - r / 2, f = bn(t, this.right, a) + a / 2, u = h = l) : (u = bn(t, this.top, r) - r / 2, h = bn(t, this.bottom, a) + a / 2, c = f = l), n.save(), n.lineWidth = o.width, n.strokeStyle = o.color, n.beginPath(), n.moveTo(c, u), n.lineTo(f, h), n.stroke(), n.restore();
  }
  drawLabels(t) {
    if (!this.options.ticks.display)
      return;
    const s = this.ctx, i = this._computeLabelArea();
    i && ca(s, i);
    const o = this.getLabelItems(t);
    for (const r of o) {
      const a = r.options, l = r.font, c = r.label, f = r.textOffset;
      Vl(s, c, 0, f, l, a);
    }
    i && fa(s);
  }
  drawTitle() {
    const { ctx: t, options: { position: n, title: s, reverse: i } } = this;
    if (!s.display)
      return;
    const o = De(s.font), r = cn(s.padding), a = s.align;
    let l = o.lineHeight / 2;
    n === "bottom" || n === "center" || at(n) ? (l += r.bottom, Ct(s.text) && (l += o.lineHeight * (s.text.length - 1))) : l += r.top;
    const { titleX: c, titleY: f, maxWidth: u, rotation: h } = Lb(this, l, n, a);
    Vl(t, s.text, 0, 0, o, {
      color: s.color,
      maxWidth: u,
      rotation: h,
      textAlign: Rb(a, n, i),
      textBaseline: "middle",
      translation: [
        c,
        f
      ]
    });
  }
  draw(t) {
    this._isVisible() && (this.drawBackground(), this.drawGrid(t), this.drawBorder(), this.drawTitle(), this.drawLabels(t));
  }
  _layers() {
    const t = this.options, n = t.ticks && t.ticks.z || 0, s = ht(t.grid && t.grid.z, -1), i = ht(t.border && t.border.z, 0);
    return !this._isVisible() || this.draw !== ns.prototype.draw ? [
      {
        z: n,
        draw: (o) => {
          this.draw(o);
        }
      }
    ] : [
      {
        z: s,
        draw: (o) => {
          this.drawBackground(), this.drawGrid(o), this.drawTitle();
        }
      },
      {
        z: i,
        draw: () => {
          this.drawBorder();
        }
      },
      {
        z: n,
        draw: (o) => {
          this.drawLabels(o);
        }
      }
    ];
  }
  getMatchingVisibleMetas(t) {
    const n = this.chart.getSortedVisibleDatasetMetas(), s = this.axis + "AxisID", i = [];
    let o, r;
    for (o = 0, r = n.length; o < r; ++o) {
      const a = n[o];
      a[s] === this.id && (!t || a.type === t) && i.push(a);
    }
    return i;
  }
  _resolveTickFontOptions(t) {
    const n = this.options.ticks.setContext(this.getContext(t));
    return De(n.font);
  }
  _maxDigits() {
    const t = this._resolveTickFontOptions(0).lineHeight;
    return (this.isHorizontal() ? this.width : this.height) / t;
  }
}
class gi {
  constructor(t, n, s) {
    this.type = t, this.scope = n, this.override = s, this.items = /* @__PURE__ */ Object.create(null);
  }
  isForType(t) {
    return Object.prototype.isPrototypeOf.call(this.type.prototype, t.prototype);
  }
  register(t) {
    const n = Object.getPrototypeOf(t);
    let s;
    Bb(n) && (s = this.register(n));
    const i = this.items, o = t.id, r = this.scope + "." + o;
    if (!o)
      throw new Error("class does not have id: " + t);
    return o in i || (i[o] = t, Fb(t, r, s), this.override && Et.override(t.id, t.overrides)), r;
  }
  get(t) {
    return this.items[t];
  }
  unregister(t) {
    const n = this.items, s = t.id, i = this.scope;
    s in n && delete n[s], i && s in Et[i] && (delete Et[i][s], this.override && delete In[s]);
  }
}
function Fb(e, t, n) {
  const s = Bs(/* @__PURE__ */ Object.create(null), [
    n ? Et.get(n) : {},
    Et.get(t),
    e.defaults
  ]);
  Et.set(t, s), e.defaultRoutes && $b(t, e.defaultRoutes), e.descriptors && Et.describe(t, e.descriptors);
}
function $b(e, t) {
  Object.keys(t).forEach((n) => {
    const s = n.split("."), i = s.pop(), o = [
      e
    ].concat(s).join("."), r = t[n].split("."), a = r.pop(), l = r.join(".");
    Et.route(o, i, l, a);
  });
}
function Bb(e) {
  return "id" in e && "defaults" in e;
}
class jb {
  constructor() {
    this.controllers = new gi(Vs, "datasets", !0), this.elements = new gi(Js, "elements"), this.plugins = new gi(Object, "plugins"), this.scales = new gi(ns, "scales"), this._typedRegistries = [
      this.controllers,
      this.scales,
      this.elements
    ];
  }
  add(...t) {
    this._each("register", t);
  }
  remove(...t) {
    this._each("unregister", t);
  }
  addControllers(...t) {
    this._each("register", t, this.controllers);
  }
  addElements(...t) {
    this._each("register", t, this.elements);
  }
  addPlugins(...t) {
    this._each("register", t, this.plugins);
  }
  addScales(...t) {
    this._each("register", t, this.scales);
  }
  getController(t) {
    return this._get(t, this.controllers, "controller");
  }
  getElement(t) {
    return this._get(t, this.elements, "element");
  }
  getPlugin(t) {
    return this._get(t, this.plugins, "plugin");
  }
  getScale(t) {
    return this._get(t, this.scales, "scale");
  }
  removeControllers(...t) {
    this._each("unregister", t, this.controllers);
  }
  removeElements(...t) {
    this._each("unregister", t, this.elements);
  }
  removePlugins(...t) {
    this._each("unregister", t, this.plugins);
  }
  removeScales(...t) {
    this._each("unregister", t, this.scales);
  }
  _each(t, n, s) {
    [
      ...n
    ].forEach((i) => {
      const o = s || this._getRegistryForType(i);
      s || o.isForType(i) || o === this.plugins && i.id ? this._exec(t, o, i) : ft(i, (r) => {
        const a = s || this._getRegistryForType(r);
        this._exec(t, a, r);
      });
    });
  }
  _exec(t, n, s) {
    const i = ra(t);
    xt(s["before" + i], [], s), n[t](s), xt(s["after" + i], [], s);
  }
  _getRegistryForType(t) {
    for (let n = 0; n < this._typedRegistries.length; n++) {
      const s = this._typedRegistries[n];
      if (s.isForType(t))
        return s;
    }
    return this.plugins;
  }
  _get(t, n, s) {
    const i = n.get(t);
    if (i === void 0)
      throw new Error('"' + t + '" is not a registered ' + s + ".");
    return i;
  }
}
var Oe = /* @__PURE__ */ new jb();
class Hb {
  constructor() {
    this._init = [];
  }
  notify(t, n, s, i) {
    n === "beforeInit" && (this._init = this._createDescriptors(t, !0), this._notify(this._init, t, "install"));
    const o = i ? this._descriptors(t).filter(i) : this._descriptors(t), r = this._notify(o, t, n, s);
    return n === "afterDestroy" && (this._notify(o, t, "stop"), this._notify(this._init, t, "uninstall")), r;
  }
  _notify(t, n, s, i) {
    i = i || {};
    for (const o of t) {
      const r = o.plugin, a = r[s], l = [
        n,
        i,
        o.options
      ];
      if (xt(a, l, r) === !1 && i.cancelable)
        return !1;
    }
    return !0;
  }
  invalidate() {
    yt(this._cache) || (this._oldCache = this._cache, this._cache = void 0);
  }
  _descriptors(t) {
    if (this._cache)
      return this._cache;
    const n = this._cache = this._createDescriptors(t);
    return this._notifyStateChanges(t), n;
  }
  _createDescriptors(t, n) {
    const s = t && t.config, i = ht(s.options && s.options.plugins, {}), o = zb(s);
    return i === !1 && !n ? [] : Ub(t, o, i, n);
  }
  _notifyStateChanges(t) {
    const n = this._oldCache || [], s = this._cache, i = (o, r) => o.filter((a) => !r.some((l) => a.plugin.id === l.plugin.id));
    this._notify(i(n, s), t, "stop"), this._notify(i(s, n), t, "start");
  }
}
function zb(e) {
  const t = {}, n = [], s = Object.keys(Oe.plugins.items);
  for (let o = 0; o < s.length; o++)
    n.push(Oe.getPlugin(s[o]));
  const i = e.plugins || [];
  for (let o = 0; o < i.length; o++) {
    const r = i[o];
    n.indexOf(r) === -1 && (n.push(r), t[r.id] = !0);
  }
  return {
    plugins: n,
    localIds: t
  };
}
function Wb(e, t) {
  return !t && e === !1 ? null : e === !0 ? {} : e;
}
function Ub(e, { plugins: t, localIds: n }, s, i) {
  const o = [], r = e.getContext();
  for (const a of t) {
    const l = a.id, c = Wb(s[l], i);
    c !== null && o.push({
      plugin: a,
      options: Yb(e.config, {
        plugin: a,
        local: n[l]
      }, c, r)
    });
  }
  return o;
}
function Yb(e, { plugin: t, local: n }, s, i) {
  const o = e.pluginScopeKeys(t), r = e.getOptionScopes(s, o);
  return n && t.defaults && r.push(t.defaults), e.createResolver(r, i, [
    ""
  ], {
    scriptable: !1,
    indexable: !1,
    allKeys: !0
  });
}
function Nr(e, t) {
  const n = Et.datasets[e] || {};
  return ((t.datasets || {})[e] || {}).indexAxis || t.indexAxis || n.indexAxis || "x";
}
function Kb(e, t) {
  let n = e;
  return e === "_index_" ? n = t : e === "_value_" && (n = t === "x" ? "y" : "x"), n;
}
function qb(e, t) {
  return e === t ? "_index_" : "_value_";
}
function oc(e) {
  if (e === "x" || e === "y" || e === "r")
    return e;
}
function Xb(e) {
  if (e === "top" || e === "bottom")
    return "x";
  if (e === "left" || e === "right")
    return "y";
}
function Sr(e, ...t) {
  if (oc(e))
    return e;
  for (const n of t) {
    const s = n.axis || Xb(n.position) || e.length > 1 && oc(e[0].toLowerCase());
    if (s)
      return s;
  }
  throw new Error(`Cannot determine type of '${e}' axis. Please provide 'axis' or 'position' option.`);
}
function rc(e, t, n) {
  if (n[t + "AxisID"] === e)
    return {
      axis: t
    };
}
function Gb(e, t) {
  if (t.data && t.data.datasets) {
    const n = t.data.datasets.filter((s) => s.xAxisID === e || s.yAxisID === e);
    if (n.length)
      return rc(e, "x", n[0]) || rc(e, "y", n[0]);
  }
  return {};
}
function Zb(e, t) {
  const n = In[e.type] || {
    scales: {}
  }, s = t.scales || {}, i = Nr(e.type, t), o = /* @__PURE__ */ Object.create(null);
  return Object.keys(s).forEach((r) => {
    const a = s[r];
    if (!at(a))
      return console.error(`Invalid scale configuration for scale: ${r}`);
    if (a._proxy)
      return console.warn(`Ignoring resolver passed as options for scale: ${r}`);
    const l = Sr(r, a, Gb(r, e), Et.scales[a.type]), c = qb(l, i), f = n.scales || {};
    o[r] = Cs(/* @__PURE__ */ Object.create(null), [
      {
        axis: l
      },
      a,
      f[l],
      f[c]
    ]);
  }), e.data.datasets.forEach((r) => {
    const a = r.type || e.type, l = r.indexAxis || Nr(a, t), f = (In[a] || {}).scales || {};
    Object.keys(f).forEach((u) => {
      const h = Kb(u, l), d = r[h + "AxisID"] || h;
      o[d] = o[d] || /* @__PURE__ */ Object.create(null), Cs(o[d], [
        {
          axis: h
        },
        s[d],
        f[u]
      ]);
    });
  }), Object.keys(o).forEach((r) => {
    const a = o[r];
    Cs(a, [
      Et.scales[a.type],
      Et.scale
    ]);
  }), o;
}
function Wu(e) {
  const t = e.options || (e.options = {});
  t.plugins = ht(t.plugins, {}), t.scales = Zb(e, t);
}
function Uu(e) {
  return e = e || {}, e.datasets = e.datasets || [], e.labels = e.labels || [], e;
}
function Jb(e) {
  return e = e || {}, e.data = Uu(e.data), Wu(e), e;
}
const ac = /* @__PURE__ */ new Map(), Yu = /* @__PURE__ */ new Set();
function mi(e, t) {
  let n = ac.get(e);
  return n || (n = t(), ac.set(e, n), Yu.add(n)), n;
}
const _s = (e, t, n) => {
  const s = Ji(t, n);
  s !== void 0 && e.add(s);
};
class Qb {
  constructor(t) {
    this._config = Jb(t), this._scopeCache = /* @__PURE__ */ new Map(), this._resolverCache = /* @__PURE__ */ new Map();
  }
  get platform() {
    return this._config.platform;
  }
  get type() {
    return this._config.type;
  }
  set type(t) {
    this._config.type = t;
  }
  get data() {
    return this._config.data;
  }
  set data(t) {
    this._config.data = Uu(t);
  }
  get options() {
    return this._config.options;
  }
  set options(t) {
    this._config.options = t;
  }
  get plugins() {
    return this._config.plugins;
  }
  update() {
    const t = this._config;
    this.clearCache(), Wu(t);
  }
  clearCache() {
    this._scopeCache.clear(), this._resolverCache.clear();
  }
  datasetScopeKeys(t) {
    return mi(t, () => [
      [
        `datasets.${t}`,
        ""
      ]
    ]);
  }
  datasetAnimationScopeKeys(t, n) {
    return mi(`${t}.transition.${n}`, () => [
      [
        `datasets.${t}.transitions.${n}`,
        `transitions.${n}`
      ],
      [
        `datasets.${t}`,
        ""
      ]
    ]);
  }
  datasetElementScopeKeys(t, n) {
    return mi(`${t}-${n}`, () => [
      [
        `datasets.${t}.elements.${n}`,
        `datasets.${t}`,
        `elements.${n}`,
        ""
      ]
    ]);
  }
  pluginScopeKeys(t) {
    const n = t.id, s = this.type;
    return mi(`${s}-plugin-${n}`, () => [
      [
        `plugins.${n}`,
        ...t.additionalOptionScopes || []
      ]
    ]);
  }
  _cachedScopes(t, n) {
    const s = this._scopeCache;
    let i = s.get(t);
    return (!i || n) && (i = /* @__PURE__ */ new Map(), s.set(t, i)), i;
  }
  getOptionScopes(t, n, s) {
    const { options: i, type: o } = this, r = this._cachedScopes(t, s), a = r.get(n);
    if (a)
      return a;
    const l = /* @__PURE__ */ new Set();
    n.forEach((f) => {
      t && (l.add(t), f.forEach((u) => _s(l, t, u))), f.forEach((u) => _s(l, i, u)), f.forEach((u) => _s(l, In[o] || {}, u)), f.forEach((u) => _s(l, Et, u)), f.forEach((u) => _s(l, Er, u));
    });
    const c = Array.from(l);
    return c.length === 0 && c.push(/* @__PURE__ */ Object.create(null)), Yu.has(n) && r.set(n, c), c;
  }
  chartOptionScopes() {
    const { options: t, type: n } = this;
    return [
      t,
      In[n] || {},
      Et.datasets[n] || {},
      {
        type: n
      },
      Et,
      Er
    ];
  }
  resolveNamedOptions(t, n, s, i = [
    ""
  ]) {
    const o = {
      $shared: !0
    }, { resolver: r, subPrefixes: a } = lc(this._resolverCache, t, i);
    let l = r;
    if (e_(r, n)) {
      o.$shared = !1, s = ln(s) ? s() : s;
      const c = this.createResolver(t, s, a);
      l = Zn(r, s, c);
    }
    for (const c of n)
      o[c] = l[c];
    return o;
  }
  createResolver(t, n, s = [
    ""
  ], i) {
    const { resolver: o } = lc(this._resolverCache, t, s);
    return at(n) ? Zn(o, n, void 0, i) : o;
  }
}
function lc(e, t, n) {
  let s = e.get(t);
  s || (s = /* @__PURE__ */ new Map(), e.set(t, s));
  const i = n.join();
  let o = s.get(i);
  return o || (o = {
    resolver: ua(t, n),
    subPrefixes: n.filter((a) => !a.toLowerCase().includes("hover"))
  }, s.set(i, o)), o;
}
const t_ = (e) => at(e) && Object.getOwnPropertyNames(e).some((t) => ln(e[t]));
function e_(e, t) {
  const { isScriptable: n, isIndexable: s } = Du(e);
  for (const i of t) {
    const o = n(i), r = s(i), a = (r || o) && e[i];
    if (o && (ln(a) || t_(a)) || r && Ct(a))
      return !0;
  }
  return !1;
}
var n_ = "4.4.7";
const s_ = [
  "top",
  "bottom",
  "left",
  "right",
  "chartArea"
];
function cc(e, t) {
  return e === "top" || e === "bottom" || s_.indexOf(e) === -1 && t === "x";
}
function fc(e, t) {
  return function(n, s) {
    return n[e] === s[e] ? n[t] - s[t] : n[e] - s[e];
  };
}
function uc(e) {
  const t = e.chart, n = t.options.animation;
  t.notifyPlugins("afterRender"), xt(n && n.onComplete, [
    e
  ], t);
}
function i_(e) {
  const t = e.chart, n = t.options.animation;
  xt(n && n.onProgress, [
    e
  ], t);
}
function Ku(e) {
  return pa() && typeof e == "string" ? e = document.getElementById(e) : e && e.length && (e = e[0]), e && e.canvas && (e = e.canvas), e;
}
const Ri = {}, hc = (e) => {
  const t = Ku(e);
  return Object.values(Ri).filter((n) => n.canvas === t).pop();
};
function o_(e, t, n) {
  const s = Object.keys(e);
  for (const i of s) {
    const o = +i;
    if (o >= t) {
      const r = e[i];
      delete e[i], (n > 0 || o > t) && (e[o + n] = r);
    }
  }
}
function r_(e, t, n, s) {
  return !n || e.type === "mouseout" ? null : s ? t : e;
}
function bi(e, t, n) {
  return e.options.clip ? e[n] : t[n];
}
function a_(e, t) {
  const { xScale: n, yScale: s } = e;
  return n && s ? {
    left: bi(n, t, "left"),
    right: bi(n, t, "right"),
    top: bi(s, t, "top"),
    bottom: bi(s, t, "bottom")
  } : t;
}
class Tt {
  static register(...t) {
    Oe.add(...t), dc();
  }
  static unregister(...t) {
    Oe.remove(...t), dc();
  }
  constructor(t, n) {
    const s = this.config = new Qb(n), i = Ku(t), o = hc(i);
    if (o)
      throw new Error("Canvas is already in use. Chart with ID '" + o.id + "' must be destroyed before the canvas with ID '" + o.canvas.id + "' can be reused.");
    const r = s.createResolver(s.chartOptionScopes(), this.getContext());
    this.platform = new (s.platform || Ob(i))(), this.platform.updateConfig(s);
    const a = this.platform.acquireContext(i, r.aspectRatio), l = a && a.canvas, c = l && l.height, f = l && l.width;
    if (this.id = um(), this.ctx = a, this.canvas = l, this.width = f, this.height = c, this._options = r, this._aspectRatio = this.aspectRatio, this._layers = [], this._metasets = [], this._stacks = void 0, this.boxes = [], this.currentDevicePixelRatio = void 0, this.chartArea = void 0, this._active = [], this._lastEvent = void 0, this._listeners = {}, this._responsiveListeners = void 0, this._sortedMetasets = [], this.scales = {}, this._plugins = new Hb(), this.$proxies = {}, this._hiddenIndices = {}, this.attached = !1, this._animationsDisabled = void 0, this.$context = void 0, this._doResize = Pm((u) => this.update(u), r.resizeDelay || 0), this._dataChanges = [], Ri[this.id] = this, !a || !l) {
      console.error("Failed to create chart: can't acquire context from the given item");
      return;
    }
    Be.listen(this, "complete", uc), Be.listen(this, "progress", i_), this._initialize(), this.attached && this.update();
  }
  get aspectRatio() {
    const { options: { aspectRatio: t, maintainAspectRatio: n }, width: s, height: i, _aspectRatio: o } = this;
    return yt(t) ? n && o ? o : i ? s / i : null : t;
  }
  get data() {
    return this.config.data;
  }
  set data(t) {
    this.config.data = t;
  }
  get options() {
    return this._options;
  }
  set options(t) {
    this.config.options = t;
  }
  get registry() {
    return Oe;
  }
  _initialize() {
    return this.notifyPlugins("beforeInit"), this.options.responsive ? this.resize() : Fl(this, this.options.devicePixelRatio), this.bindEvents(), this.notifyPlugins("afterInit"), this;
  }
  clear() {
    return Al(this.canvas, this.ctx), this;
  }
  stop() {
    return Be.stop(this), this;
  }
  resize(t, n) {
    Be.running(this) ? this._resizeBeforeDraw = {
      width: t,
      height: n
    } : this._resize(t, n);
  }
  _resize(t, n) {
    const s = this.options, i = this.canvas, o = s.maintainAspectRatio && this.aspectRatio, r = this.platform.getMaximumSize(i, t, n, o), a = s.devicePixelRatio || this.platform.getDevicePixelRatio(), l = this.width ? "resize" : "attach";
    this.width = r.width, this.height = r.height, this._aspectRatio = this.aspectRatio, Fl(this, a, !0) && (this.notifyPlugins("resize", {
      size: r
    }), xt(s.onResize, [
      this,
      r
    ], this), this.attached && this._doResize(l) && this.render());
  }
  ensureScalesHaveIDs() {
    const n = this.options.scales || {};
    ft(n, (s, i) => {
      s.id = i;
    });
  }
  buildOrUpdateScales() {
    const t = this.options, n = t.scales, s = this.scales, i = Object.keys(s).reduce((r, a) => (r[a] = !1, r), {});
    let o = [];
    n && (o = o.concat(Object.keys(n).map((r) => {
      const a = n[r], l = Sr(r, a), c = l === "r", f = l === "x";
      return {
        options: a,
        dposition: c ? "chartArea" : f ? "bottom" : "left",
        dtype: c ? "radialLinear" : f ? "category" : "linear"
      };
    }))), ft(o, (r) => {
      const a = r.options, l = a.id, c = Sr(l, a), f = ht(a.type, r.dtype);
      (a.position === void 0 || cc(a.position, c) !== cc(r.dposition)) && (a.position = r.dposition), i[l] = !0;
      let u = null;
      if (l in s && s[l].type === f)
        u = s[l];
      else {
        const h = Oe.getScale(f);
        u = new h({
          id: l,
          type: f,
          ctx: this.ctx,
          chart: this
        }), s[u.id] = u;
      }
      u.init(a, t);
    }), ft(i, (r, a) => {
      r || delete s[a];
    }), ft(s, (r) => {
      di.configure(this, r, r.options), di.addBox(this, r);
    });
  }
  _updateMetasets() {
    const t = this._metasets, n = this.data.datasets.length, s = t.length;
    if (t.sort((i, o) => i.index - o.index), s > n) {
      for (let i = n; i < s; ++i)
        this._destroyDatasetMeta(i);
      t.splice(n, s - n);
    }
    this._sortedMetasets = t.slice(0).sort(fc("order", "index"));
  }
  _removeUnreferencedMetasets() {
    const { _metasets: t, data: { datasets: n } } = this;
    t.length > n.length && delete this._stacks, t.forEach((s, i) => {
      n.filter((o) => o === s._dataset).length === 0 && this._destroyDatasetMeta(i);
    });
  }
  buildOrUpdateControllers() {
    const t = [], n = this.data.datasets;
    let s, i;
    for (this._removeUnreferencedMetasets(), s = 0, i = n.length; s < i; s++) {
      const o = n[s];
      let r = this.getDatasetMeta(s);
      const a = o.type || this.config.type;
      if (r.type && r.type !== a && (this._destroyDatasetMeta(s), r = this.getDatasetMeta(s)), r.type = a, r.indexAxis = o.indexAxis || Nr(a, this.options), r.order = o.order || 0, r.index = s, r.label = "" + o.label, r.visible = this.isDatasetVisible(s), r.controller)
        r.controller.updateIndex(s), r.controller.linkScales();
      else {
        const l = Oe.getController(a), { datasetElementType: c, dataElementType: f } = Et.datasets[a];
        Object.assign(l, {
          dataElementType: Oe.getElement(f),
          datasetElementType: c && Oe.getElement(c)
        }), r.controller = new l(this, s), t.push(r.controller);
      }
    }
    return this._updateMetasets(), t;
  }
  _resetElements() {
    ft(this.data.datasets, (t, n) => {
      this.getDatasetMeta(n).controller.reset();
    }, this);
  }
  reset() {
    this._resetElements(), this.notifyPlugins("reset");
  }
  update(t) {
    const n = this.config;
    n.update();
    const s = this._options = n.createResolver(n.chartOptionScopes(), this.getContext()), i = this._animationsDisabled = !s.animation;
    if (this._updateScales(), this._checkEventBindings(), this._updateHiddenIndices(), this._plugins.invalidate(), this.notifyPlugins("beforeUpdate", {
      mode: t,
      cancelable: !0
    }) === !1)
      return;
    const o = this.buildOrUpdateControllers();
    this.notifyPlugins("beforeElementsUpdate");
    let r = 0;
    for (let c = 0, f = this.data.datasets.length; c < f; c++) {
      const { controller: u } = this.getDatasetMeta(c), h = !i && o.indexOf(u) === -1;
      u.buildOrUpdateElements(h), r = Math.max(+u.getMaxOverflow(), r);
    }
    r = this._minPadding = s.layout.autoPadding ? r : 0, this._updateLayout(r), i || ft(o, (c) => {
      c.reset();
    }), this._updateDatasets(t), this.notifyPlugins("afterUpdate", {
      mode: t
    }), this._layers.sort(fc("z", "_idx"));
    const { _active: a, _lastEvent: l } = this;
    l ? this._eventHandler(l, !0) : a.length && this._updateHoverStyles(a, a, !0), this.render();
  }
  _updateScales() {
    ft(this.scales, (t) => {
      di.removeBox(this, t);
    }), this.ensureScalesHaveIDs(), this.buildOrUpdateScales();
  }
  _checkEventBindings() {
    const t = this.options, n = new Set(Object.keys(this._listeners)), s = new Set(t.events);
    (!wl(n, s) || !!this._responsiveListeners !== t.responsive) && (this.unbindEvents(), this.bindEvents());
  }
  _updateHiddenIndices() {
    const { _hiddenIndices: t } = this, n = this._getUniformDataChanges() || [];
    for (const { method: s, start: i, count: o } of n) {
      const r = s === "_removeElements" ? -o : o;
      o_(t, i, r);
    }
  }
  _getUniformDataChanges() {
    const t = this._dataChanges;
    if (!t || !t.length)
      return;
    this._dataChanges = [];
    const n = this.data.datasets.length, s = (o) => new Set(t.filter((r) => r[0] === o).map((r, a) => a + "," + r.splice(1).join(","))), i = s(0);
    for (let o = 1; o < n; o++)
      if (!wl(i, s(o)))
        return;
    return Array.from(i).map((o) => o.split(",")).map((o) => ({
      method: o[1],
      start: +o[2],
      count: +o[3]
    }));
  }
  _updateLayout(t) {
    if (this.notifyPlugins("beforeLayout", {
      cancelable: !0
    }) === !1)
      return;
    di.update(this, this.width, this.height, t);
    const n = this.chartArea, s = n.width <= 0 || n.height <= 0;
    this._layers = [], ft(this.boxes, (i) => {
      s && i.position === "chartArea" || (i.configure && i.configure(), this._layers.push(...i._layers()));
    }, this), this._layers.forEach((i, o) => {
      i._idx = o;
    }), this.notifyPlugins("afterLayout");
  }
  _updateDatasets(t) {
    if (this.notifyPlugins("beforeDatasetsUpdate", {
      mode: t,
      cancelable: !0
    }) !== !1) {
      for (let n = 0, s = this.data.datasets.length; n < s; ++n)
        this.getDatasetMeta(n).controller.configure();
      for (let n = 0, s = this.data.datasets.length; n < s; ++n)
        this._updateDataset(n, ln(t) ? t({
          datasetIndex: n
        }) : t);
      this.notifyPlugins("afterDatasetsUpdate", {
        mode: t
      });
    }
  }
  _updateDataset(t, n) {
    const s = this.getDatasetMeta(t), i = {
      meta: s,
      index: t,
      mode: n,
      cancelable: !0
    };
    this.notifyPlugins("beforeDatasetUpdate", i) !== !1 && (s.controller._update(n), i.cancelable = !1, this.notifyPlugins("afterDatasetUpdate", i));
  }
  render() {
    this.notifyPlugins("beforeRender", {
      cancelable: !0
    }) !== !1 && (Be.has(this) ? this.attached && !Be.running(this) && Be.start(this) : (this.draw(), uc({
      chart: this
    })));
  }
  draw() {
    let t;
    if (this._resizeBeforeDraw) {
      const { width: s, height: i } = this._resizeBeforeDraw;
      this._resizeBeforeDraw = null, this._resize(s, i);
    }
    if (this.clear(), this.width <= 0 || this.height <= 0 || this.notifyPlugins("beforeDraw", {
      cancelable: !0
    }) === !1)
      return;
    const n = this._layers;
    for (t = 0; t < n.length && n[t].z <= 0; ++t)
      n[t].draw(this.chartArea);
    for (this._drawDatasets(); t < n.length; ++t)
      n[t].draw(this.chartArea);
    this.notifyPlugins("afterDraw");
  }
  _getSortedDatasetMetas(t) {
    const n = this._sortedMetasets, s = [];
    let i, o;
    for (i = 0, o = n.length; i < o; ++i) {
      const r = n[i];
      (!t || r.visible) && s.push(r);
    }
    return s;
  }
  getSortedVisibleDatasetMetas() {
    return this._getSortedDatasetMetas(!0);
  }
  _drawDatasets() {
    if (this.notifyPlugins("beforeDatasetsDraw", {
      cancelable: !0
    }) === !1)
      return;
    const t = this.getSortedVisibleDatasetMetas();
    for (let n = t.length - 1; n >= 0; --n)
      this._drawDataset(t[n]);
    this.notifyPlugins("afterDatasetsDraw");
  }
  _drawDataset(t) {
    const n = this.ctx, s = t._clip, i = !s.disabled, o = a_(t, this.chartArea), r = {
      meta: t,
      index: t.index,
      cancelable: !0
    };
    this.notifyPlugins("beforeDatasetDraw", r) !== !1 && (i && ca(n, {
      left: s.left === !1 ? 0 : o.left - s.left,
      right: s.right === !1 ? this.width : o.right + s.right,
      top: s.top === !1 ? 0 : o.top - s.top,
      bottom: s.bottom === !1 ? this.height : o.bottom + s.bottom
    }), t.controller.draw(), i && fa(n), r.cancelable = !1, this.notifyPlugins("afterDatasetDraw", r));
  }
  isPointInArea(t) {
    return Hs(t, this.chartArea, this._minPadding);
  }
  getElementsAtEventForMode(t, n, s, i) {
    const o = sb.modes[n];
    return typeof o == "function" ? o(this, t, s, i) : [];
  }
  getDatasetMeta(t) {
    const n = this.data.datasets[t], s = this._metasets;
    let i = s.filter((o) => o && o._dataset === n).pop();
    return i || (i = {
      type: null,
      data: [],
      dataset: null,
      controller: null,
      hidden: null,
      xAxisID: null,
      yAxisID: null,
      order: n && n.order || 0,
      index: t,
      _dataset: n,
      _parsed: [],
      _sorted: !1
    }, s.push(i)), i;
  }
  getContext() {
    return this.$context || (this.$context = Rn(null, {
      chart: this,
      type: "chart"
    }));
  }
  getVisibleDatasetCount() {
    return this.getSortedVisibleDatasetMetas().length;
  }
  isDatasetVisible(t) {
    const n = this.data.datasets[t];
    if (!n)
      return !1;
    const s = this.getDatasetMeta(t);
    return typeof s.hidden == "boolean" ? !s.hidden : !n.hidden;
  }
  setDatasetVisibility(t, n) {
    const s = this.getDatasetMeta(t);
    s.hidden = !n;
  }
  toggleDataVisibility(t) {
    this._hiddenIndices[t] = !this._hiddenIndices[t];
  }
  getDataVisibility(t) {
    return !this._hiddenIndices[t];
  }
  _updateVisibility(t, n, s) {
    const i = s ? "show" : "hide", o = this.getDatasetMeta(t), r = o.controller._resolveAnimations(void 0, i);
    Qi(n) ? (o.data[n].hidden = !s, this.update()) : (this.setDatasetVisibility(t, s), r.update(o, {
      visible: s
    }), this.update((a) => a.datasetIndex === t ? i : void 0));
  }
  hide(t, n) {
    this._updateVisibility(t, n, !1);
  }
  show(t, n) {
    this._updateVisibility(t, n, !0);
  }
  _destroyDatasetMeta(t) {
    const n = this._metasets[t];
    n && n.controller && n.controller._destroy(), delete this._metasets[t];
  }
  _stop() {
    let t, n;
    for (this.stop(), Be.remove(this), t = 0, n = this.data.datasets.length; t < n; ++t)
      this._destroyDatasetMeta(t);
  }
  destroy() {
    this.notifyPlugins("beforeDestroy");
    const { canvas: t, ctx: n } = this;
    this._stop(), this.config.clearCache(), t && (this.unbindEvents(), Al(t, n), this.platform.releaseContext(n), this.canvas = null, this.ctx = null), delete Ri[this.id], this.notifyPlugins("afterDestroy");
  }
  toBase64Image(...t) {
    return this.canvas.toDataURL(...t);
  }
  bindEvents() {
    this.bindUserEvents(), this.options.responsive ? this.bindResponsiveEvents() : this.attached = !0;
  }
  bindUserEvents() {
    const t = this._listeners, n = this.platform, s = (o, r) => {
      n.addEventListener(this, o, r), t[o] = r;
    }, i = (o, r, a) => {
      o.offsetX = r, o.offsetY = a, this._eventHandler(o);
    };
    ft(this.options.events, (o) => s(o, i));
  }
  bindResponsiveEvents() {
    this._responsiveListeners || (this._responsiveListeners = {});
    const t = this._responsiveListeners, n = this.platform, s = (l, c) => {
      n.addEventListener(this, l, c), t[l] = c;
    }, i = (l, c) => {
      t[l] && (n.removeEventListener(this, l, c), delete t[l]);
    }, o = (l, c) => {
      this.canvas && this.resize(l, c);
    };
    let r;
    const a = () => {
      i("attach", a), this.attached = !0, this.resize(), s("resize", o), s("detach", r);
    };
    r = () => {
      this.attached = !1, i("resize", o), this._stop(), this._resize(0, 0), s("attach", a);
    }, n.isAttached(this.canvas) ? a() : r();
  }
  unbindEvents() {
    ft(this._listeners, (t, n) => {
      this.platform.removeEventListener(this, n, t);
    }), this._listeners = {}, ft(this._responsiveListeners, (t, n) => {
      this.platform.removeEventListener(this, n, t);
    }), this._responsiveListeners = void 0;
  }
  updateHoverStyle(t, n, s) {
    const i = s ? "set" : "remove";
    let o, r, a, l;
    for (n === "dataset" && (o = this.getDatasetMeta(t[0].datasetIndex), o.controller["_" + i + "DatasetHoverStyle"]()), a = 0, l = t.length; a < l; ++a) {
      r = t[a];
      const c = r && this.getDatasetMeta(r.datasetIndex).controller;
      c && c[i + "HoverStyle"](r.element, r.datasetIndex, r.index);
    }
  }
  getActiveElements() {
    return this._active || [];
  }
  setActiveElements(t) {
    const n = this._active || [], s = t.map(({ datasetIndex: o, index: r }) => {
      const a = this.getDatasetMeta(o);
      if (!a)
        throw new Error("No dataset found at index " + o);
      return {
        datasetIndex: o,
        element: a.data[r],
        index: r
      };
    });
    !Gi(s, n) && (this._active = s, this._lastEvent = null, this._updateHoverStyles(s, n));
  }
  notifyPlugins(t, n, s) {
    return this._plugins.notify(this, t, n, s);
  }
  isPluginEnabled(t) {
    return this._plugins._cache.filter((n) => n.plugin.id === t).length === 1;
  }
  _updateHoverStyles(t, n, s) {
    const i = this.options.hover, o = (l, c) => l.filter((f) => !c.some((u) => f.datasetIndex === u.datasetIndex && f.index === u.index)), r = o(n, t), a = s ? t : o(t, n);
    r.length && this.updateHoverStyle(r, i.mode, !1), a.length && i.mode && this.updateHoverStyle(a, i.mode, !0);
  }
  _eventHandler(t, n) {
    const s = {
      event: t,
      replay: n,
      cancelable: !0,
      inChartArea: this.isPointInArea(t)
    }, i = (r) => (r.options.events || this.options.events).includes(t.native.type);
    if (this.notifyPlugins("beforeEvent", s, i) === !1)
      return;
    const o = this._handleEvent(t, n, s.inChartArea);
    return s.cancelable = !1, this.notifyPlugins("afterEvent", s, i), (o || s.changed) && this.render(), this;
  }
  _handleEvent(t, n, s) {
    const { _active: i = [], options: o } = this, r = n, a = this._getActiveElements(t, i, s, r), l = bm(t), c = r_(t, this._lastEvent, s, l);
    s && (this._lastEvent = null, xt(o.onHover, [
      t,
      a,
      this
    ], this), l && xt(o.onClick, [
      t,
      a,
      this
    ], this));
    const f = !Gi(a, i);
    return (f || n) && (this._active = a, this._updateHoverStyles(a, i, n)), this._lastEvent = c, f;
  }
  _getActiveElements(t, n, s, i) {
    if (t.type === "mouseout")
      return [];
    if (!s)
      return n;
    const o = this.options.hover;
    return this.getElementsAtEventForMode(t, o.mode, o, i);
  }
}
Q(Tt, "defaults", Et), Q(Tt, "instances", Ri), Q(Tt, "overrides", In), Q(Tt, "registry", Oe), Q(Tt, "version", n_), Q(Tt, "getChart", hc);
function dc() {
  return ft(Tt.instances, (e) => e._plugins.invalidate());
}
function qu(e, t, n = t) {
  e.lineCap = ht(n.borderCapStyle, t.borderCapStyle), e.setLineDash(ht(n.borderDash, t.borderDash)), e.lineDashOffset = ht(n.borderDashOffset, t.borderDashOffset), e.lineJoin = ht(n.borderJoinStyle, t.borderJoinStyle), e.lineWidth = ht(n.borderWidth, t.borderWidth), e.strokeStyle = ht(n.borderColor, t.borderColor);
}
function l_(e, t, n) {
  e.lineTo(n.x, n.y);
}
function c_(e) {
  return e.stepped ? Ym : e.tension || e.cubicInterpolationMode === "monotone" ? Km : l_;
}
function Xu(e, t, n = {}) {
  const s = e.length, { start: i = 0, end: o = s - 1 } = n, { start: r, end: a } = t, l = Math.max(i, r), c = Math.min(o, a), f = i < r && o < r || i > a && o > a;
  return {
    count: s,
    start: l,
    loop: t.loop,
    ilen: c < l && !f ? s + c - l : c - l
  };
}
function f_(e, t, n, s) {
  const { points: i, options: o } = t, { count: r, start: a, loop: l, ilen: c } = Xu(i, n, s), f = c_(o);
  let { move: u = !0, reverse: h } = s || {}, d, g, m;
  for (d = 0; d <= c; ++d)
    g = i[(a + (h ? c - d : d)) % r], !g.skip && (u ? (e.moveTo(g.x, g.y), u = !1) : f(e, m, g, h, o.stepped), m = g);
  return l && (g = i[(a + (h ? c : 0)) % r], f(e, m, g, h, o.stepped)), !!l;
}
function u_(e, t, n, s) {
  const i = t.points, { count: o, start: r, ilen: a } = Xu(i, n, s), { move: l = !0, reverse: c } = s || {};
  let f = 0, u = 0, h, d, g, m, b, y;
  const N = (P) => (r + (c ? a - P : P)) % o, D = () => {
    m !== b && (e.lineTo(f, b), e.lineTo(f, m), e.lineTo(f, y));
  };
  for (l && (d = i[N(0)], e.moveTo(d.x, d.y)), h = 0; h <= a; ++h) {
    if (d = i[N(h)], d.skip)
      continue;
    const P = d.x, w = d.y, S = P | 0;
    S === g ? (w < m ? m = w : w > b && (b = w), f = (u * f + P) / ++u) : (D(), e.lineTo(P, w), g = S, u = 0, m = b = w), y = w;
  }
  D();
}
function Mr(e) {
  const t = e.options, n = t.borderDash && t.borderDash.length;
  return !e._decimated && !e._loop && !t.tension && t.cubicInterpolationMode !== "monotone" && !t.stepped && !n ? u_ : f_;
}
function h_(e) {
  return e.stepped ? S0 : e.tension || e.cubicInterpolationMode === "monotone" ? M0 : wn;
}
function d_(e, t, n, s) {
  let i = t._path;
  i || (i = t._path = new Path2D(), t.path(i, n, s) && i.closePath()), qu(e, t.options), e.stroke(i);
}
function p_(e, t, n, s) {
  const { segments: i, options: o } = t, r = Mr(t);
  for (const a of i)
    qu(e, o, a.style), e.beginPath(), r(e, t, a, {
      start: n,
      end: n + s - 1
    }) && e.closePath(), e.stroke();
}
const g_ = typeof Path2D == "function";
function m_(e, t, n, s) {
  g_ && !t.options.segment ? d_(e, t, n, s) : p_(e, t, n, s);
}
class sn extends Js {
  constructor(t) {
    super(), this.animated = !0, this.options = void 0, this._chart = void 0, this._loop = void 0, this._fullLoop = void 0, this._path = void 0, this._points = void 0, this._segments = void 0, this._decimated = !1, this._pointsUpdated = !1, this._datasetIndex = void 0, t && Object.assign(this, t);
  }
  updateControlPoints(t, n) {
    const s = this.options;
    if ((s.tension || s.cubicInterpolationMode === "monotone") && !s.stepped && !this._pointsUpdated) {
      const i = s.spanGaps ? this._loop : this._fullLoop;
      _0(this._points, s, t, i, n), this._pointsUpdated = !0;
    }
  }
  set points(t) {
    this._points = t, delete this._segments, delete this._path, this._pointsUpdated = !1;
  }
  get points() {
    return this._points;
  }
  get segments() {
    return this._segments || (this._segments = I0(this, this.options.segment));
  }
  first() {
    const t = this.segments, n = this.points;
    return t.length && n[t[0].start];
  }
  last() {
    const t = this.segments, n = this.points, s = t.length;
    return s && n[t[s - 1].end];
  }
  interpolate(t, n) {
    const s = this.options, i = t[n], o = this.points, r = Ru(this, {
      property: n,
      start: i,
      end: i
    });
    if (!r.length)
      return;
    const a = [], l = h_(s);
    let c, f;
    for (c = 0, f = r.length; c < f; ++c) {
      const { start: u, end: h } = r[c], d = o[u], g = o[h];
      if (d === g) {
        a.push(d);
        continue;
      }
      const m = Math.abs((i - d[n]) / (g[n] - d[n])), b = l(d, g, m, s.stepped);
      b[n] = t[n], a.push(b);
    }
    return a.length === 1 ? a[0] : a;
  }
  pathSegment(t, n, s) {
    return Mr(this)(t, this, n, s);
  }
  path(t, n, s) {
    const i = this.segments, o = Mr(this);
    let r = this._loop;
    n = n || 0, s = s || this.points.length - n;
    for (const a of i)
      r &= o(t, this, a, {
        start: n,
        end: n + s - 1
      });
    return !!r;
  }
  draw(t, n, s, i) {
    const o = this.options || {};
    (this.points || []).length && o.borderWidth && (t.save(), m_(t, this, s, i), t.restore()), this.animated && (this._pointsUpdated = !1, this._path = void 0);
  }
}
Q(sn, "id", "line"), Q(sn, "defaults", {
  borderCapStyle: "butt",
  borderDash: [],
  borderDashOffset: 0,
  borderJoinStyle: "miter",
  borderWidth: 3,
  capBezierPoints: !0,
  cubicInterpolationMode: "default",
  fill: !1,
  spanGaps: !1,
  stepped: !1,
  tension: 0
}), Q(sn, "defaultRoutes", {
  backgroundColor: "backgroundColor",
  borderColor: "borderColor"
}), Q(sn, "descriptors", {
  _scriptable: !0,
  _indexable: (t) => t !== "borderDash" && t !== "fill"
});
function pc(e, t, n, s) {
  const i = e.options, { [n]: o } = e.getProps([
    n
  ], s);
  return Math.abs(t - o) < i.radius + i.hitRadius;
}
class Li extends Js {
  constructor(n) {
    super();
    Q(this, "parsed");
    Q(this, "skip");
    Q(this, "stop");
    this.options = void 0, this.parsed = void 0, this.skip = void 0, this.stop = void 0, n && Object.assign(this, n);
  }
  inRange(n, s, i) {
    const o = this.options, { x: r, y: a } = this.getProps([
      "x",
      "y"
    ], i);
    return Math.pow(n - r, 2) + Math.pow(s - a, 2) < Math.pow(o.hitRadius + o.radius, 2);
  }
  inXRange(n, s) {
    return pc(this, n, "x", s);
  }
  inYRange(n, s) {
    return pc(this, n, "y", s);
  }
  getCenterPoint(n) {
    const { x: s, y: i } = this.getProps([
      "x",
      "y"
    ], n);
    return {
      x: s,
      y: i
    };
  }
  size(n) {
    n = n || this.options || {};
    let s = n.radius || 0;
    s = Math.max(s, s && n.hoverRadius || 0);
    const i = s && n.borderWidth || 0;
    return (s + i) * 2;
  }
  draw(n, s) {
    const i = this.options;
    this.skip || i.radius < 0.1 || !Hs(this, s, this.size(i) / 2) || (n.strokeStyle = i.borderColor, n.lineWidth = i.borderWidth, n.fillStyle = i.backgroundColor, Or(n, i, this.x, this.y));
  }
  getRange() {
    const n = this.options || {};
    return n.radius + n.hitRadius;
  }
}
Q(Li, "id", "point"), /**
* @type {any}
*/
Q(Li, "defaults", {
  borderWidth: 1,
  hitRadius: 1,
  hoverBorderWidth: 1,
  hoverRadius: 4,
  pointStyle: "circle",
  radius: 3,
  rotation: 0
}), /**
* @type {any}
*/
Q(Li, "defaultRoutes", {
  backgroundColor: "backgroundColor",
  borderColor: "borderColor"
});
function b_(e, t, n) {
  const s = e.segments, i = e.points, o = t.points, r = [];
  for (const a of s) {
    let { start: l, end: c } = a;
    c = ba(l, c, i);
    const f = kr(n, i[l], i[c], a.loop);
    if (!t.segments) {
      r.push({
        source: a,
        target: f,
        start: i[l],
        end: i[c]
      });
      continue;
    }
    const u = Ru(t, f);
    for (const h of u) {
      const d = kr(n, o[h.start], o[h.end], h.loop), g = Iu(a, i, d);
      for (const m of g)
        r.push({
          source: m,
          target: h,
          start: {
            [n]: gc(f, d, "start", Math.max)
          },
          end: {
            [n]: gc(f, d, "end", Math.min)
          }
        });
    }
  }
  return r;
}
function kr(e, t, n, s) {
  if (s)
    return;
  let i = t[e], o = n[e];
  return e === "angle" && (i = Ne(i), o = Ne(o)), {
    property: e,
    start: i,
    end: o
  };
}
function __(e, t) {
  const { x: n = null, y: s = null } = e || {}, i = t.points, o = [];
  return t.segments.forEach(({ start: r, end: a }) => {
    a = ba(r, a, i);
    const l = i[r], c = i[a];
    s !== null ? (o.push({
      x: l.x,
      y: s
    }), o.push({
      x: c.x,
      y: s
    })) : n !== null && (o.push({
      x: n,
      y: l.y
    }), o.push({
      x: n,
      y: c.y
    }));
  }), o;
}
function ba(e, t, n) {
  for (; t > e; t--) {
    const s = n[t];
    if (!isNaN(s.x) && !isNaN(s.y))
      break;
  }
  return t;
}
function gc(e, t, n, s) {
  return e && t ? s(e[n], t[n]) : e ? e[n] : t ? t[n] : 0;
}
function Gu(e, t) {
  let n = [], s = !1;
  return Ct(e) ? (s = !0, n = e) : n = __(e, t), n.length ? new sn({
    points: n,
    options: {
      tension: 0
    },
    _loop: s,
    _fullLoop: s
  }) : null;
}
function mc(e) {
  return e && e.fill !== !1;
}
function y_(e, t, n) {
  let i = e[t].fill;
  const o = [
    t
  ];
  let r;
  if (!n)
    return i;
  for (; i !== !1 && o.indexOf(i) === -1; ) {
    if (!Rt(i))
      return i;
    if (r = e[i], !r)
      return !1;
    if (r.visible)
      return i;
    o.push(i), i = r.fill;
  }
  return !1;
}
function x_(e, t, n) {
  const s = O_(e);
  if (at(s))
    return isNaN(s.value) ? !1 : s;
  let i = parseFloat(s);
  return Rt(i) && Math.floor(i) === i ? v_(s[0], t, i, n) : [
    "origin",
    "start",
    "end",
    "stack",
    "shape"
  ].indexOf(s) >= 0 && s;
}
function v_(e, t, n, s) {
  return (e === "-" || e === "+") && (n = t + n), n === t || n < 0 || n >= s ? !1 : n;
}
function w_(e, t) {
  let n = null;
  return e === "start" ? n = t.bottom : e === "end" ? n = t.top : at(e) ? n = t.getPixelForValue(e.value) : t.getBasePixel && (n = t.getBasePixel()), n;
}
function E_(e, t, n) {
  let s;
  return e === "start" ? s = n : e === "end" ? s = t.options.reverse ? t.min : t.max : at(e) ? s = e.value : s = t.getBaseValue(), s;
}
function O_(e) {
  const t = e.options, n = t.fill;
  let s = ht(n && n.target, n);
  return s === void 0 && (s = !!t.backgroundColor), s === !1 || s === null ? !1 : s === !0 ? "origin" : s;
}
function N_(e) {
  const { scale: t, index: n, line: s } = e, i = [], o = s.segments, r = s.points, a = S_(t, n);
  a.push(Gu({
    x: null,
    y: t.bottom
  }, s));
  for (let l = 0; l < o.length; l++) {
    const c = o[l];
    for (let f = c.start; f <= c.end; f++)
      M_(i, r[f], a);
  }
  return new sn({
    points: i,
    options: {}
  });
}
function S_(e, t) {
  const n = [], s = e.getMatchingVisibleMetas("line");
  for (let i = 0; i < s.length; i++) {
    const o = s[i];
    if (o.index === t)
      break;
    o.hidden || n.unshift(o.dataset);
  }
  return n;
}
function M_(e, t, n) {
  const s = [];
  for (let i = 0; i < n.length; i++) {
    const o = n[i], { first: r, last: a, point: l } = k_(o, t, "x");
    if (!(!l || r && a)) {
      if (r)
        s.unshift(l);
      else if (e.push(l), !a)
        break;
    }
  }
  e.push(...s);
}
function k_(e, t, n) {
  const s = e.interpolate(t, n);
  if (!s)
    return {};
  const i = s[n], o = e.segments, r = e.points;
  let a = !1, l = !1;
  for (let c = 0; c < o.length; c++) {
    const f = o[c], u = r[f.start][n], h = r[f.end][n];
    if (wu(i, u, h)) {
      a = i === u, l = i === h;
      break;
    }
  }
  return {
    first: a,
    last: l,
    point: s
  };
}
class Zu {
  constructor(t) {
    this.x = t.x, this.y = t.y, this.radius = t.radius;
  }
  pathSegment(t, n, s) {
    const { x: i, y: o, radius: r } = this;
    return n = n || {
      start: 0,
      end: Pe
    }, t.arc(i, o, r, n.end, n.start, !0), !s.bounds;
  }
  interpolate(t) {
    const { x: n, y: s, radius: i } = this, o = t.angle;
    return {
      x: n + Math.cos(o) * i,
      y: s + Math.sin(o) * i,
      angle: o
    };
  }
}
function D_(e) {
  const { chart: t, fill: n, line: s } = e;
  if (Rt(n))
    return C_(t, n);
  if (n === "stack")
    return N_(e);
  if (n === "shape")
    return !0;
  const i = P_(e);
  return i instanceof Zu ? i : Gu(i, s);
}
function C_(e, t) {
  const n = e.getDatasetMeta(t);
  return n && e.isDatasetVisible(t) ? n.dataset : null;
}
function P_(e) {
  return (e.scale || {}).getPointPositionForValue ? A_(e) : T_(e);
}
function T_(e) {
  const { scale: t = {}, fill: n } = e, s = w_(n, t);
  if (Rt(s)) {
    const i = t.isHorizontal();
    return {
      x: i ? s : null,
      y: i ? null : s
    };
  }
  return null;
}
function A_(e) {
  const { scale: t, fill: n } = e, s = t.options, i = t.getLabels().length, o = s.reverse ? t.max : t.min, r = E_(n, t, o), a = [];
  if (s.grid.circular) {
    const l = t.getPointPositionForValue(0, o);
    return new Zu({
      x: l.x,
      y: l.y,
      radius: t.getDistanceFromCenterForValue(r)
    });
  }
  for (let l = 0; l < i; ++l)
    a.push(t.getPointPositionForValue(l, r));
  return a;
}
function Ko(e, t, n) {
  const s = D_(t), { line: i, scale: o, axis: r } = t, a = i.options, l = a.fill, c = a.backgroundColor, { above: f = c, below: u = c } = l || {};
  s && i.points.length && (ca(e, n), V_(e, {
    line: i,
    target: s,
    above: f,
    below: u,
    area: n,
    scale: o,
    axis: r
  }), fa(e));
}
function V_(e, t) {
  const { line: n, target: s, above: i, below: o, area: r, scale: a } = t, l = n._loop ? "angle" : t.axis;
  e.save(), l === "x" && o !== i && (bc(e, s, r.top), _c(e, {
    line: n,
    target: s,
    color: i,
    scale: a,
    property: l
  }), e.restore(), e.save(), bc(e, s, r.bottom)), _c(e, {
    line: n,
    target: s,
    color: o,
    scale: a,
    property: l
  }), e.restore();
}
function bc(e, t, n) {
  const { segments: s, points: i } = t;
  let o = !0, r = !1;
  e.beginPath();
  for (const a of s) {
    const { start: l, end: c } = a, f = i[l], u = i[ba(l, c, i)];
    o ? (e.moveTo(f.x, f.y), o = !1) : (e.lineTo(f.x, n), e.lineTo(f.x, f.y)), r = !!t.pathSegment(e, a, {
      move: r
    }), r ? e.closePath() : e.lineTo(u.x, n);
  }
  e.lineTo(t.first().x, n), e.closePath(), e.clip();
}
function _c(e, t) {
  const { line: n, target: s, property: i, color: o, scale: r } = t, a = b_(n, s, i);
  for (const { source: l, target: c, start: f, end: u } of a) {
    const { style: { backgroundColor: h = o } = {} } = l, d = s !== !0;
    e.save(), e.fillStyle = h, I_(e, r, d && kr(i, f, u)), e.beginPath();
    const g = !!n.pathSegment(e, l);
    let m;
    if (d) {
      g ? e.closePath() : yc(e, s, u, i);
      const b = !!s.pathSegment(e, c, {
        move: g,
        reverse: !0
      });
      m = g && b, m || yc(e, s, f, i);
    }
    e.closePath(), e.fill(m ? "evenodd" : "nonzero"), e.restore();
  }
}
function I_(e, t, n) {
  const { top: s, bottom: i } = t.chart.chartArea, { property: o, start: r, end: a } = n || {};
  o === "x" && (e.beginPath(), e.rect(r, s, a - r, i - s), e.clip());
}
function yc(e, t, n, s) {
  const i = t.interpolate(n, s);
  i && e.lineTo(i.x, i.y);
}
var R_ = {
  id: "filler",
  afterDatasetsUpdate(e, t, n) {
    const s = (e.data.datasets || []).length, i = [];
    let o, r, a, l;
    for (r = 0; r < s; ++r)
      o = e.getDatasetMeta(r), a = o.dataset, l = null, a && a.options && a instanceof sn && (l = {
        visible: e.isDatasetVisible(r),
        index: r,
        fill: x_(a, r, s),
        chart: e,
        axis: o.controller.options.indexAxis,
        scale: o.vScale,
        line: a
      }), o.$filler = l, i.push(l);
    for (r = 0; r < s; ++r)
      l = i[r], !(!l || l.fill === !1) && (l.fill = y_(i, r, n.propagate));
  },
  beforeDraw(e, t, n) {
    const s = n.drawTime === "beforeDraw", i = e.getSortedVisibleDatasetMetas(), o = e.chartArea;
    for (let r = i.length - 1; r >= 0; --r) {
      const a = i[r].$filler;
      a && (a.line.updateControlPoints(o, a.axis), s && a.fill && Ko(e.ctx, a, o));
    }
  },
  beforeDatasetsDraw(e, t, n) {
    if (n.drawTime !== "beforeDatasetsDraw")
      return;
    const s = e.getSortedVisibleDatasetMetas();
    for (let i = s.length - 1; i >= 0; --i) {
      const o = s[i].$filler;
      mc(o) && Ko(e.ctx, o, e.chartArea);
    }
  },
  beforeDatasetDraw(e, t, n) {
    const s = t.meta.$filler;
    !mc(s) || n.drawTime !== "beforeDatasetDraw" || Ko(e.ctx, s, e.chartArea);
  },
  defaults: {
    propagate: !0,
    drawTime: "beforeDatasetDraw"
  }
};
const Es = {
  average(e) {
    if (!e.length)
      return !1;
    let t, n, s = /* @__PURE__ */ new Set(), i = 0, o = 0;
    for (t = 0, n = e.length; t < n; ++t) {
      const a = e[t].element;
      if (a && a.hasValue()) {
        const l = a.tooltipPosition();
        s.add(l.x), i += l.y, ++o;
      }
    }
    return o === 0 || s.size === 0 ? !1 : {
      x: [
        ...s
      ].reduce((a, l) => a + l) / s.size,
      y: i / o
    };
  },
  nearest(e, t) {
    if (!e.length)
      return !1;
    let n = t.x, s = t.y, i = Number.POSITIVE_INFINITY, o, r, a;
    for (o = 0, r = e.length; o < r; ++o) {
      const l = e[o].element;
      if (l && l.hasValue()) {
        const c = l.getCenterPoint(), f = wr(t, c);
        f < i && (i = f, a = l);
      }
    }
    if (a) {
      const l = a.tooltipPosition();
      n = l.x, s = l.y;
    }
    return {
      x: n,
      y: s
    };
  }
};
function we(e, t) {
  return t && (Ct(t) ? Array.prototype.push.apply(e, t) : e.push(t)), e;
}
function je(e) {
  return (typeof e == "string" || e instanceof String) && e.indexOf(`
`) > -1 ? e.split(`
`) : e;
}
function L_(e, t) {
  const { element: n, datasetIndex: s, index: i } = t, o = e.getDatasetMeta(s).controller, { label: r, value: a } = o.getLabelAndValue(i);
  return {
    chart: e,
    label: r,
    parsed: o.getParsed(i),
    raw: e.data.datasets[s].data[i],
    formattedValue: a,
    dataset: o.getDataset(),
    dataIndex: i,
    datasetIndex: s,
    element: n
  };
}
function xc(e, t) {
  const n = e.chart.ctx, { body: s, footer: i, title: o } = e, { boxWidth: r, boxHeight: a } = t, l = De(t.bodyFont), c = De(t.titleFont), f = De(t.footerFont), u = o.length, h = i.length, d = s.length, g = cn(t.padding);
  let m = g.height, b = 0, y = s.reduce((P, w) => P + w.before.length + w.lines.length + w.after.length, 0);
  if (y += e.beforeBody.length + e.afterBody.length, u && (m += u * c.lineHeight + (u - 1) * t.titleSpacing + t.titleMarginBottom), y) {
    const P = t.displayColors ? Math.max(a, l.lineHeight) : l.lineHeight;
    m += d * P + (y - d) * l.lineHeight + (y - 1) * t.bodySpacing;
  }
  h && (m += t.footerMarginTop + h * f.lineHeight + (h - 1) * t.footerSpacing);
  let N = 0;
  const D = function(P) {
    b = Math.max(b, n.measureText(P).width + N);
  };
  return n.save(), n.font = c.string, ft(e.title, D), n.font = l.string, ft(e.beforeBody.concat(e.afterBody), D), N = t.displayColors ? r + 2 + t.boxPadding : 0, ft(s, (P) => {
    ft(P.before, D), ft(P.lines, D), ft(P.after, D);
  }), N = 0, n.font = f.string, ft(e.footer, D), n.restore(), b += g.width, {
    width: b,
    height: m
  };
}
function F_(e, t) {
  const { y: n, height: s } = t;
  return n < s / 2 ? "top" : n > e.height - s / 2 ? "bottom" : "center";
}
function $_(e, t, n, s) {
  const { x: i, width: o } = s, r = n.caretSize + n.caretPadding;
  if (e === "left" && i + o + r > t.width || e === "right" && i - o - r < 0)
    return !0;
}
function B_(e, t, n, s) {
  const { x: i, width: o } = n, { width: r, chartArea: { left: a, right: l } } = e;
  let c = "center";
  return s === "center" ? c = i <= (a + l) / 2 ? "left" : "right" : i <= o / 2 ? c = "left" : i >= r - o / 2 && (c = "right"), $_(c, e, t, n) && (c = "center"), c;
}
function vc(e, t, n) {
  const s = n.yAlign || t.yAlign || F_(e, n);
  return {
    xAlign: n.xAlign || t.xAlign || B_(e, t, n, s),
    yAlign: s
  };
}
function j_(e, t) {
  let { x: n, width: s } = e;
  return t === "right" ? n -= s : t === "center" && (n -= s / 2), n;
}
function H_(e, t, n) {
  let { y: s, height: i } = e;
  return t === "top" ? s += n : t === "bottom" ? s -= i + n : s -= i / 2, s;
}
function wc(e, t, n, s) {
  const { caretSize: i, caretPadding: o, cornerRadius: r } = e, { xAlign: a, yAlign: l } = n, c = i + o, { topLeft: f, topRight: u, bottomLeft: h, bottomRight: d } = Ai(r);
  let g = j_(t, a);
  const m = H_(t, l, c);
  return l === "center" ? a === "left" ? g += c : a === "right" && (g -= c) : a === "left" ? g -= Math.max(f, h) + i : a === "right" && (g += Math.max(u, d) + i), {
    x: ie(g, 0, s.width - t.width),
    y: ie(m, 0, s.height - t.height)
  };
}
function _i(e, t, n) {
  const s = cn(n.padding);
  return t === "center" ? e.x + e.width / 2 : t === "right" ? e.x + e.width - s.right : e.x + s.left;
}
function Ec(e) {
  return we([], je(e));
}
function z_(e, t, n) {
  return Rn(e, {
    tooltip: t,
    tooltipItems: n,
    type: "tooltip"
  });
}
function Oc(e, t) {
  const n = t && t.dataset && t.dataset.tooltip && t.dataset.tooltip.callbacks;
  return n ? e.override(n) : e;
}
const Ju = {
  beforeTitle: Fe,
  title(e) {
    if (e.length > 0) {
      const t = e[0], n = t.chart.data.labels, s = n ? n.length : 0;
      if (this && this.options && this.options.mode === "dataset")
        return t.dataset.label || "";
      if (t.label)
        return t.label;
      if (s > 0 && t.dataIndex < s)
        return n[t.dataIndex];
    }
    return "";
  },
  afterTitle: Fe,
  beforeBody: Fe,
  beforeLabel: Fe,
  label(e) {
    if (this && this.options && this.options.mode === "dataset")
      return e.label + ": " + e.formattedValue || e.formattedValue;
    let t = e.dataset.label || "";
    t && (t += ": ");
    const n = e.formattedValue;
    return yt(n) || (t += n), t;
  },
  labelColor(e) {
    const n = e.chart.getDatasetMeta(e.datasetIndex).controller.getStyle(e.dataIndex);
    return {
      borderColor: n.borderColor,
      backgroundColor: n.backgroundColor,
      borderWidth: n.borderWidth,
      borderDash: n.borderDash,
      borderDashOffset: n.borderDashOffset,
      borderRadius: 0
    };
  },
  labelTextColor() {
    return this.options.bodyColor;
  },
  labelPointStyle(e) {
    const n = e.chart.getDatasetMeta(e.datasetIndex).controller.getStyle(e.dataIndex);
    return {
      pointStyle: n.pointStyle,
      rotation: n.rotation
    };
  },
  afterLabel: Fe,
  afterBody: Fe,
  beforeFooter: Fe,
  footer: Fe,
  afterFooter: Fe
};
function Wt(e, t, n, s) {
  const i = e[t].call(n, s);
  return typeof i > "u" ? Ju[t].call(n, s) : i;
}
class Dr extends Js {
  constructor(t) {
    super(), this.opacity = 0, this._active = [], this._eventPosition = void 0, this._size = void 0, this._cachedAnimations = void 0, this._tooltipItems = [], this.$animations = void 0, this.$context = void 0, this.chart = t.chart, this.options = t.options, this.dataPoints = void 0, this.title = void 0, this.beforeBody = void 0, this.body = void 0, this.afterBody = void 0, this.footer = void 0, this.xAlign = void 0, this.yAlign = void 0, this.x = void 0, this.y = void 0, this.height = void 0, this.width = void 0, this.caretX = void 0, this.caretY = void 0, this.labelColors = void 0, this.labelPointStyles = void 0, this.labelTextColors = void 0;
  }
  initialize(t) {
    this.options = t, this._cachedAnimations = void 0, this.$context = void 0;
  }
  _resolveAnimations() {
    const t = this._cachedAnimations;
    if (t)
      return t;
    const n = this.chart, s = this.options.setContext(this.getContext()), i = s.enabled && n.options.animation && s.animations, o = new Lu(this.chart, i);
    return i._cacheable && (this._cachedAnimations = Object.freeze(o)), o;
  }
  getContext() {
    return this.$context || (this.$context = z_(this.chart.getContext(), this, this._tooltipItems));
  }
  getTitle(t, n) {
    const { callbacks: s } = n, i = Wt(s, "beforeTitle", this, t), o = Wt(s, "title", this, t), r = Wt(s, "afterTitle", this, t);
    let a = [];
    return a = we(a, je(i)), a = we(a, je(o)), a = we(a, je(r)), a;
  }
  getBeforeBody(t, n) {
    return Ec(Wt(n.callbacks, "beforeBody", this, t));
  }
  getBody(t, n) {
    const { callbacks: s } = n, i = [];
    return ft(t, (o) => {
      const r = {
        before: [],
        lines: [],
        after: []
      }, a = Oc(s, o);
      we(r.before, je(Wt(a, "beforeLabel", this, o))), we(r.lines, Wt(a, "label", this, o)), we(r.after, je(Wt(a, "afterLabel", this, o))), i.push(r);
    }), i;
  }
  getAfterBody(t, n) {
    return Ec(Wt(n.callbacks, "afterBody", this, t));
  }
  getFooter(t, n) {
    const { callbacks: s } = n, i = Wt(s, "beforeFooter", this, t), o = Wt(s, "footer", this, t), r = Wt(s, "afterFooter", this, t);
    let a = [];
    return a = we(a, je(i)), a = we(a, je(o)), a = we(a, je(r)), a;
  }
  _createItems(t) {
    const n = this._active, s = this.chart.data, i = [], o = [], r = [];
    let a = [], l, c;
    for (l = 0, c = n.length; l < c; ++l)
      a.push(L_(this.chart, n[l]));
    return t.filter && (a = a.filter((f, u, h) => t.filter(f, u, h, s))), t.itemSort && (a = a.sort((f, u) => t.itemSort(f, u, s))), ft(a, (f) => {
      const u = Oc(t.callbacks, f);
      i.push(Wt(u, "labelColor", this, f)), o.push(Wt(u, "labelPointStyle", this, f)), r.push(Wt(u, "labelTextColor", this, f));
    }), this.labelColors = i, this.labelPointStyles = o, this.labelTextColors = r, this.dataPoints = a, a;
  }
  update(t, n) {
    const s = this.options.setContext(this.getContext()), i = this._active;
    let o, r = [];
    if (!i.length)
      this.opacity !== 0 && (o = {
        opacity: 0
      });
    else {
      const a = Es[s.position].call(this, i, this._eventPosition);
      r = this._createItems(s), this.title = this.getTitle(r, s), this.beforeBody = this.getBeforeBody(r, s), this.body = this.getBody(r, s), this.afterBody = this.getAfterBody(r, s), this.footer = this.getFooter(r, s);
      const l = this._size = xc(this, s), c = Object.assign({}, a, l), f = vc(this.chart, s, c), u = wc(s, c, f, this.chart);
      this.xAlign = f.xAlign, this.yAlign = f.yAlign, o = {
        opacity: 1,
        x: u.x,
        y: u.y,
        width: l.width,
        height: l.height,
        caretX: a.x,
        caretY: a.y
      };
    }
    this._tooltipItems = r, this.$context = void 0, o && this._resolveAnimations().update(this, o), t && s.external && s.external.call(this, {
      chart: this.chart,
      tooltip: this,
      replay: n
    });
  }
  drawCaret(t, n, s, i) {
    const o = this.getCaretPosition(t, s, i);
    n.lineTo(o.x1, o.y1), n.lineTo(o.x2, o.y2), n.lineTo(o.x3, o.y3);
  }
  getCaretPosition(t, n, s) {
    const { xAlign: i, yAlign: o } = this, { caretSize: r, cornerRadius: a } = s, { topLeft: l, topRight: c, bottomLeft: f, bottomRight: u } = Ai(a), { x: h, y: d } = t, { width: g, height: m } = n;
    let b, y, N, D, P, w;
    return o === "center" ? (P = d + m / 2, i === "left" ? (b = h, y = b - r, D = P + r, w = P - r) : (b = h + g, y = b + r, D = P - r, w = P + r), N = b) : (i === "left" ? y = h + Math.max(l, f) + r : i === "right" ? y = h + g - Math.max(c, u) - r : y = this.caretX, o === "top" ? (D = d, P = D - r, b = y - r, N = y + r) : (D = d + m, P = D + r, b = y + r, N = y - r), w = D), {
      x1: b,
      x2: y,
      x3: N,
      y1: D,
      y2: P,
      y3: w
    };
  }
  drawTitle(t, n, s) {
    const i = this.title, o = i.length;
    let r, a, l;
    if (o) {
      const c = Bo(s.rtl, this.x, this.width);
      for (t.x = _i(this, s.titleAlign, s), n.textAlign = c.textAlign(s.titleAlign), n.textBaseline = "middle", r = De(s.titleFont), a = s.titleSpacing, n.fillStyle = s.titleColor, n.font = r.string, l = 0; l < o; ++l)
        n.fillText(i[l], c.x(t.x), t.y + r.lineHeight / 2), t.y += r.lineHeight + a, l + 1 === o && (t.y += s.titleMarginBottom - a);
    }
  }
  _drawColorBox(t, n, s, i, o) {
    const r = this.labelColors[s], a = this.labelPointStyles[s], { boxHeight: l, boxWidth: c } = o, f = De(o.bodyFont), u = _i(this, "left", o), h = i.x(u), d = l < f.lineHeight ? (f.lineHeight - l) / 2 : 0, g = n.y + d;
    if (o.usePointStyle) {
      const m = {
        radius: Math.min(c, l) / 2,
        pointStyle: a.pointStyle,
        rotation: a.rotation,
        borderWidth: 1
      }, b = i.leftForLtr(h, c) + c / 2, y = g + l / 2;
      t.strokeStyle = o.multiKeyBackground, t.fillStyle = o.multiKeyBackground, Or(t, m, b, y), t.strokeStyle = r.borderColor, t.fillStyle = r.backgroundColor, Or(t, m, b, y);
    } else {
      t.lineWidth = at(r.borderWidth) ? Math.max(...Object.values(r.borderWidth)) : r.borderWidth || 1, t.strokeStyle = r.borderColor, t.setLineDash(r.borderDash || []), t.lineDashOffset = r.borderDashOffset || 0;
      const m = i.leftForLtr(h, c), b = i.leftForLtr(i.xPlus(h, 1), c - 2), y = Ai(r.borderRadius);
      Object.values(y).some((N) => N !== 0) ? (t.beginPath(), t.fillStyle = o.multiKeyBackground, Il(t, {
        x: m,
        y: g,
        w: c,
        h: l,
        radius: y
      }), t.fill(), t.stroke(), t.fillStyle = r.backgroundColor, t.beginPath(), Il(t, {
        x: b,
        y: g + 1,
        w: c - 2,
        h: l - 2,
        radius: y
      }), t.fill()) : (t.fillStyle = o.multiKeyBackground, t.fillRect(m, g, c, l), t.strokeRect(m, g, c, l), t.fillStyle = r.backgroundColor, t.fillRect(b, g + 1, c - 2, l - 2));
    }
    t.fillStyle = this.labelTextColors[s];
  }
  drawBody(t, n, s) {
    const { body: i } = this, { bodySpacing: o, bodyAlign: r, displayColors: a, boxHeight: l, boxWidth: c, boxPadding: f } = s, u = De(s.bodyFont);
    let h = u.lineHeight, d = 0;
    const g = Bo(s.rtl, this.x, this.width), m = function(O) {
      n.fillText(O, g.x(t.x + d), t.y + h / 2), t.y += h + o;
    }, b = g.textAlign(r);
    let y, N, D, P, w, S, v;
    for (n.textAlign = r, n.textBaseline = "middle", n.font = u.string, t.x = _i(this, b, s), n.fillStyle = s.bodyColor, ft(this.beforeBody, m), d = a && b !== "right" ? r === "center" ? c / 2 + f : c + 2 + f : 0, P = 0, S = i.length; P < S; ++P) {
      for (y = i[P], N = this.labelTextColors[P], n.fillStyle = N, ft(y.before, m), D = y.lines, a && D.length && (this._drawColorBox(n, t, P, g, s), h = Math.max(u.lineHeight, l)), w = 0, v = D.length; w < v; ++w)
        m(D[w]), h = u.lineHeight;
      ft(y.after, m);
    }
    d = 0, h = u.lineHeight, ft(this.afterBody, m), t.y -= o;
  }
  drawFooter(t, n, s) {
    const i = this.footer, o = i.length;
    let r, a;
    if (o) {
      const l = Bo(s.rtl, this.x, this.width);
      for (t.x = _i(this, s.footerAlign, s), t.y += s.footerMarginTop, n.textAlign = l.textAlign(s.footerAlign), n.textBaseline = "middle", r = De(s.footerFont), n.fillStyle = s.footerColor, n.font = r.string, a = 0; a < o; ++a)
        n.fillText(i[a], l.x(t.x), t.y + r.lineHeight / 2), t.y += r.lineHeight + s.footerSpacing;
    }
  }
  drawBackground(t, n, s, i) {
    const { xAlign: o, yAlign: r } = this, { x: a, y: l } = t, { width: c, height: f } = s, { topLeft: u, topRight: h, bottomLeft: d, bottomRight: g } = Ai(i.cornerRadius);
    n.fillStyle = i.backgroundColor, n.strokeStyle = i.borderColor, n.lineWidth = i.borderWidth, n.beginPath(), n.moveTo(a + u, l), r === "top" && this.drawCaret(t, n, s, i), n.lineTo(a + c - h, l), n.quadraticCurveTo(a + c, l, a + c, l + h), r === "center" && o === "right" && this.drawCaret(t, n, s, i), n.lineTo(a + c, l + f - g), n.quadraticCurveTo(a + c, l + f, a + c - g, l + f), r === "bottom" && this.drawCaret(t, n, s, i), n.lineTo(a + d, l + f), n.quadraticCurveTo(a, l + f, a, l + f - d), r === "center" && o === "left" && this.drawCaret(t, n, s, i), n.lineTo(a, l + u), n.quadraticCurveTo(a, l, a + u, l), n.closePath(), n.fill(), i.borderWidth > 0 && n.stroke();
  }
  _updateAnimationTarget(t) {
    const n = this.chart, s = this.$animations, i = s && s.x, o = s && s.y;
    if (i || o) {
      const r = Es[t.position].call(this, this._active, this._eventPosition);
      if (!r)
        return;
      const a = this._size = xc(this, t), l = Object.assign({}, r, this._size), c = vc(n, t, l), f = wc(t, l, c, n);
      (i._to !== f.x || o._to !== f.y) && (this.xAlign = c.xAlign, this.yAlign = c.yAlign, this.width = a.width, this.height = a.height, this.caretX = r.x, this.caretY = r.y, this._resolveAnimations().update(this, f));
    }
  }
  _willRender() {
    return !!this.opacity;
  }
  draw(t) {
    const n = this.options.setContext(this.getContext());
    let s = this.opacity;
    if (!s)
      return;
    this._updateAnimationTarget(n);
    const i = {
      width: this.width,
      height: this.height
    }, o = {
      x: this.x,
      y: this.y
    };
    s = Math.abs(s) < 1e-3 ? 0 : s;
    const r = cn(n.padding), a = this.title.length || this.beforeBody.length || this.body.length || this.afterBody.length || this.footer.length;
    n.enabled && a && (t.save(), t.globalAlpha = s, this.drawBackground(o, t, i, n), C0(t, n.textDirection), o.y += r.top, this.drawTitle(o, t, n), this.drawBody(o, t, n), this.drawFooter(o, t, n), P0(t, n.textDirection), t.restore());
  }
  getActiveElements() {
    return this._active || [];
  }
  setActiveElements(t, n) {
    const s = this._active, i = t.map(({ datasetIndex: a, index: l }) => {
      const c = this.chart.getDatasetMeta(a);
      if (!c)
        throw new Error("Cannot find a dataset at index " + a);
      return {
        datasetIndex: a,
        element: c.data[l],
        index: l
      };
    }), o = !Gi(s, i), r = this._positionChanged(i, n);
    (o || r) && (this._active = i, this._eventPosition = n, this._ignoreReplayEvents = !0, this.update(!0));
  }
  handleEvent(t, n, s = !0) {
    if (n && this._ignoreReplayEvents)
      return !1;
    this._ignoreReplayEvents = !1;
    const i = this.options, o = this._active || [], r = this._getActiveElements(t, o, n, s), a = this._positionChanged(r, t), l = n || !Gi(r, o) || a;
    return l && (this._active = r, (i.enabled || i.external) && (this._eventPosition = {
      x: t.x,
      y: t.y
    }, this.update(!0, n))), l;
  }
  _getActiveElements(t, n, s, i) {
    const o = this.options;
    if (t.type === "mouseout")
      return [];
    if (!i)
      return n.filter((a) => this.chart.data.datasets[a.datasetIndex] && this.chart.getDatasetMeta(a.datasetIndex).controller.getParsed(a.index) !== void 0);
    const r = this.chart.getElementsAtEventForMode(t, o.mode, o, s);
    return o.reverse && r.reverse(), r;
  }
  _positionChanged(t, n) {
    const { caretX: s, caretY: i, options: o } = this, r = Es[o.position].call(this, t, n);
    return r !== !1 && (s !== r.x || i !== r.y);
  }
}
Q(Dr, "positioners", Es);
var W_ = {
  id: "tooltip",
  _element: Dr,
  positioners: Es,
  afterInit(e, t, n) {
    n && (e.tooltip = new Dr({
      chart: e,
      options: n
    }));
  },
  beforeUpdate(e, t, n) {
    e.tooltip && e.tooltip.initialize(n);
  },
  reset(e, t, n) {
    e.tooltip && e.tooltip.initialize(n);
  },
  afterDraw(e) {
    const t = e.tooltip;
    if (t && t._willRender()) {
      const n = {
        tooltip: t
      };
      if (e.notifyPlugins("beforeTooltipDraw", {
        ...n,
        cancelable: !0
      }) === !1)
        return;
      t.draw(e.ctx), e.notifyPlugins("afterTooltipDraw", n);
    }
  },
  afterEvent(e, t) {
    if (e.tooltip) {
      const n = t.replay;
      e.tooltip.handleEvent(t.event, n, t.inChartArea) && (t.changed = !0);
    }
  },
  defaults: {
    enabled: !0,
    external: null,
    position: "average",
    backgroundColor: "rgba(0,0,0,0.8)",
    titleColor: "#fff",
    titleFont: {
      weight: "bold"
    },
    titleSpacing: 2,
    titleMarginBottom: 6,
    titleAlign: "left",
    bodyColor: "#fff",
    bodySpacing: 2,
    bodyFont: {},
    bodyAlign: "left",
    footerColor: "#fff",
    footerSpacing: 2,
    footerMarginTop: 6,
    footerFont: {
      weight: "bold"
    },
    footerAlign: "left",
    padding: 6,
    caretPadding: 2,
    caretSize: 5,
    cornerRadius: 6,
    boxHeight: (e, t) => t.bodyFont.size,
    boxWidth: (e, t) => t.bodyFont.size,
    multiKeyBackground: "#fff",
    displayColors: !0,
    boxPadding: 0,
    borderColor: "rgba(0,0,0,0)",
    borderWidth: 0,
    animation: {
      duration: 400,
      easing: "easeOutQuart"
    },
    animations: {
      numbers: {
        type: "number",
        properties: [
          "x",
          "y",
          "width",
          "height",
          "caretX",
          "caretY"
        ]
      },
      opacity: {
        easing: "linear",
        duration: 200
      }
    },
    callbacks: Ju
  },
  defaultRoutes: {
    bodyFont: "font",
    footerFont: "font",
    titleFont: "font"
  },
  descriptors: {
    _scriptable: (e) => e !== "filter" && e !== "itemSort" && e !== "external",
    _indexable: !1,
    callbacks: {
      _scriptable: !1,
      _indexable: !1
    },
    animation: {
      _fallback: !1
    },
    animations: {
      _fallback: "animation"
    }
  },
  additionalOptionScopes: [
    "interaction"
  ]
};
const U_ = (e, t, n, s) => (typeof t == "string" ? (n = e.push(t) - 1, s.unshift({
  index: n,
  label: t
})) : isNaN(t) && (n = null), n);
function Y_(e, t, n, s) {
  const i = e.indexOf(t);
  if (i === -1)
    return U_(e, t, n, s);
  const o = e.lastIndexOf(t);
  return i !== o ? n : i;
}
const K_ = (e, t) => e === null ? null : ie(Math.round(e), 0, t);
function Nc(e) {
  const t = this.getLabels();
  return e >= 0 && e < t.length ? t[e] : e;
}
class Cr extends ns {
  constructor(t) {
    super(t), this._startValue = void 0, this._valueRange = 0, this._addedLabels = [];
  }
  init(t) {
    const n = this._addedLabels;
    if (n.length) {
      const s = this.getLabels();
      for (const { index: i, label: o } of n)
        s[i] === o && s.splice(i, 1);
      this._addedLabels = [];
    }
    super.init(t);
  }
  parse(t, n) {
    if (yt(t))
      return null;
    const s = this.getLabels();
    return n = isFinite(n) && s[n] === t ? n : Y_(s, t, ht(n, t), this._addedLabels), K_(n, s.length - 1);
  }
  determineDataLimits() {
    const { minDefined: t, maxDefined: n } = this.getUserBounds();
    let { min: s, max: i } = this.getMinMax(!0);
    this.options.bounds === "ticks" && (t || (s = 0), n || (i = this.getLabels().length - 1)), this.min = s, this.max = i;
  }
  buildTicks() {
    const t = this.min, n = this.max, s = this.options.offset, i = [];
    let o = this.getLabels();
    o = t === 0 && n === o.length - 1 ? o : o.slice(t, n + 1), this._valueRange = Math.max(o.length - (s ? 0 : 1), 1), this._startValue = this.min - (s ? 0.5 : 0);
    for (let r = t; r <= n; r++)
      i.push({
        value: r
      });
    return i;
  }
  getLabelForValue(t) {
    return Nc.call(this, t);
  }
  configure() {
    super.configure(), this.isHorizontal() || (this._reversePixels = !this._reversePixels);
  }
  getPixelForValue(t) {
    return typeof t != "number" && (t = this.parse(t)), t === null ? NaN : this.getPixelForDecimal((t - this._startValue) / this._valueRange);
  }
  getPixelForTick(t) {
    const n = this.ticks;
    return t < 0 || t > n.length - 1 ? null : this.getPixelForValue(n[t].value);
  }
  getValueForPixel(t) {
    return Math.round(this._startValue + this.getDecimalForPixel(t) * this._valueRange);
  }
  getBasePixel() {
    return this.bottom;
  }
}
Q(Cr, "id", "category"), Q(Cr, "defaults", {
  ticks: {
    callback: Nc
  }
});
function q_(e, t) {
  const n = [], { bounds: i, step: o, min: r, max: a, precision: l, count: c, maxTicks: f, maxDigits: u, includeBounds: h } = e, d = o || 1, g = f - 1, { min: m, max: b } = t, y = !yt(r), N = !yt(a), D = !yt(c), P = (b - m) / (u + 1);
  let w = Ol((b - m) / g / d) * d, S, v, O, M;
  if (w < 1e-14 && !y && !N)
    return [
      {
        value: m
      },
      {
        value: b
      }
    ];
  M = Math.ceil(b / w) - Math.floor(m / w), M > g && (w = Ol(M * w / g / d) * d), yt(l) || (S = Math.pow(10, l), w = Math.ceil(w * S) / S), i === "ticks" ? (v = Math.floor(m / w) * w, O = Math.ceil(b / w) * w) : (v = m, O = b), y && N && o && vm((a - r) / o, w / 1e3) ? (M = Math.round(Math.min((a - r) / w, f)), w = (a - r) / M, v = r, O = a) : D ? (v = y ? r : v, O = N ? a : O, M = c - 1, w = (O - v) / M) : (M = (O - v) / w, Ps(M, Math.round(M), w / 1e3) ? M = Math.round(M) : M = Math.ceil(M));
  const L = Math.max(Nl(w), Nl(v));
  S = Math.pow(10, yt(l) ? L : l), v = Math.round(v * S) / S, O = Math.round(O * S) / S;
  let H = 0;
  for (y && (h && v !== r ? (n.push({
    value: r
  }), v < r && H++, Ps(Math.round((v + H * w) * S) / S, r, Sc(r, P, e)) && H++) : v < r && H++); H < M; ++H) {
    const j = Math.round((v + H * w) * S) / S;
    if (N && j > a)
      break;
    n.push({
      value: j
    });
  }
  return N && h && O !== a ? n.length && Ps(n[n.length - 1].value, a, Sc(a, P, e)) ? n[n.length - 1].value = a : n.push({
    value: a
  }) : (!N || O === a) && n.push({
    value: O
  }), n;
}
function Sc(e, t, { horizontal: n, minRotation: s }) {
  const i = En(s), o = (n ? Math.sin(i) : Math.cos(i)) || 1e-3, r = 0.75 * t * ("" + e).length;
  return Math.min(t / o, r);
}
class X_ extends ns {
  constructor(t) {
    super(t), this.start = void 0, this.end = void 0, this._startValue = void 0, this._endValue = void 0, this._valueRange = 0;
  }
  parse(t, n) {
    return yt(t) || (typeof t == "number" || t instanceof Number) && !isFinite(+t) ? null : +t;
  }
  handleTickRangeOptions() {
    const { beginAtZero: t } = this.options, { minDefined: n, maxDefined: s } = this.getUserBounds();
    let { min: i, max: o } = this;
    const r = (l) => i = n ? i : l, a = (l) => o = s ? o : l;
    if (t) {
      const l = Gn(i), c = Gn(o);
      l < 0 && c < 0 ? a(0) : l > 0 && c > 0 && r(0);
    }
    if (i === o) {
      let l = o === 0 ? 1 : Math.abs(o * 0.05);
      a(o + l), t || r(i - l);
    }
    this.min = i, this.max = o;
  }
  getTickLimit() {
    const t = this.options.ticks;
    let { maxTicksLimit: n, stepSize: s } = t, i;
    return s ? (i = Math.ceil(this.max / s) - Math.floor(this.min / s) + 1, i > 1e3 && (console.warn(`scales.${this.id}.ticks.stepSize: ${s} would result generating up to ${i} ticks. Limiting to 1000.`), i = 1e3)) : (i = this.computeTickLimit(), n = n || 11), n && (i = Math.min(n, i)), i;
  }
  computeTickLimit() {
    return Number.POSITIVE_INFINITY;
  }
  buildTicks() {
    const t = this.options, n = t.ticks;
    let s = this.getTickLimit();
    s = Math.max(2, s);
    const i = {
      maxTicks: s,
      bounds: t.bounds,
      min: t.min,
      max: t.max,
      precision: n.precision,
      step: n.stepSize,
      count: n.count,
      maxDigits: this._maxDigits(),
      horizontal: this.isHorizontal(),
      minRotation: n.minRotation || 0,
      includeBounds: n.includeBounds !== !1
    }, o = this._range || this, r = q_(i, o);
    return t.bounds === "ticks" && wm(r, this, "value"), t.reverse ? (r.reverse(), this.start = this.max, this.end = this.min) : (this.start = this.min, this.end = this.max), r;
  }
  configure() {
    const t = this.ticks;
    let n = this.min, s = this.max;
    if (super.configure(), this.options.offset && t.length) {
      const i = (s - n) / Math.max(t.length - 1, 1) / 2;
      n -= i, s += i;
    }
    this._startValue = n, this._endValue = s, this._valueRange = s - n;
  }
  getLabelForValue(t) {
    return Su(t, this.chart.options.locale, this.options.ticks.format);
  }
}
class Pr extends X_ {
  determineDataLimits() {
    const { min: t, max: n } = this.getMinMax(!0);
    this.min = Rt(t) ? t : 0, this.max = Rt(n) ? n : 1, this.handleTickRangeOptions();
  }
  computeTickLimit() {
    const t = this.isHorizontal(), n = t ? this.width : this.height, s = En(this.options.ticks.minRotation), i = (t ? Math.sin(s) : Math.cos(s)) || 1e-3, o = this._resolveTickFontOptions(0);
    return Math.ceil(n / Math.min(40, o.lineHeight / i));
  }
  getPixelForValue(t) {
    return t === null ? NaN : this.getPixelForDecimal((t - this._startValue) / this._valueRange);
  }
  getValueForPixel(t) {
    return this._startValue + this.getDecimalForPixel(t) * this._valueRange;
  }
}
Q(Pr, "id", "linear"), Q(Pr, "defaults", {
  ticks: {
    callback: Mu.formatters.numeric
  }
});
const wo = {
  millisecond: {
    common: !0,
    size: 1,
    steps: 1e3
  },
  second: {
    common: !0,
    size: 1e3,
    steps: 60
  },
  minute: {
    common: !0,
    size: 6e4,
    steps: 60
  },
  hour: {
    common: !0,
    size: 36e5,
    steps: 24
  },
  day: {
    common: !0,
    size: 864e5,
    steps: 30
  },
  week: {
    common: !1,
    size: 6048e5,
    steps: 4
  },
  month: {
    common: !0,
    size: 2628e6,
    steps: 12
  },
  quarter: {
    common: !1,
    size: 7884e6,
    steps: 4
  },
  year: {
    common: !0,
    size: 3154e7
  }
}, Kt = /* @__PURE__ */ Object.keys(wo);
function Mc(e, t) {
  return e - t;
}
function kc(e, t) {
  if (yt(t))
    return null;
  const n = e._adapter, { parser: s, round: i, isoWeekday: o } = e._parseOpts;
  let r = t;
  return typeof s == "function" && (r = s(r)), Rt(r) || (r = typeof s == "string" ? n.parse(r, s) : n.parse(r)), r === null ? null : (i && (r = i === "week" && (js(o) || o === !0) ? n.startOf(r, "isoWeek", o) : n.startOf(r, i)), +r);
}
function Dc(e, t, n, s) {
  const i = Kt.length;
  for (let o = Kt.indexOf(e); o < i - 1; ++o) {
    const r = wo[Kt[o]], a = r.steps ? r.steps : Number.MAX_SAFE_INTEGER;
    if (r.common && Math.ceil((n - t) / (a * r.size)) <= s)
      return Kt[o];
  }
  return Kt[i - 1];
}
function G_(e, t, n, s, i) {
  for (let o = Kt.length - 1; o >= Kt.indexOf(n); o--) {
    const r = Kt[o];
    if (wo[r].common && e._adapter.diff(i, s, r) >= t - 1)
      return r;
  }
  return Kt[n ? Kt.indexOf(n) : 0];
}
function Z_(e) {
  for (let t = Kt.indexOf(e) + 1, n = Kt.length; t < n; ++t)
    if (wo[Kt[t]].common)
      return Kt[t];
}
function Cc(e, t, n) {
  if (!n)
    e[t] = !0;
  else if (n.length) {
    const { lo: s, hi: i } = aa(n, t), o = n[s] >= t ? n[s] : n[i];
    e[o] = !0;
  }
}
function J_(e, t, n, s) {
  const i = e._adapter, o = +i.startOf(t[0].value, s), r = t[t.length - 1].value;
  let a, l;
  for (a = o; a <= r; a = +i.add(a, 1, s))
    l = n[a], l >= 0 && (t[l].major = !0);
  return t;
}
function Pc(e, t, n) {
  const s = [], i = {}, o = t.length;
  let r, a;
  for (r = 0; r < o; ++r)
    a = t[r], i[a] = r, s.push({
      value: a,
      major: !1
    });
  return o === 0 || !n ? s : J_(e, s, i, n);
}
class so extends ns {
  constructor(t) {
    super(t), this._cache = {
      data: [],
      labels: [],
      all: []
    }, this._unit = "day", this._majorUnit = void 0, this._offsets = {}, this._normalized = !1, this._parseOpts = void 0;
  }
  init(t, n = {}) {
    const s = t.time || (t.time = {}), i = this._adapter = new J0._date(t.adapters.date);
    i.init(n), Cs(s.displayFormats, i.formats()), this._parseOpts = {
      parser: s.parser,
      round: s.round,
      isoWeekday: s.isoWeekday
    }, super.init(t), this._normalized = n.normalized;
  }
  parse(t, n) {
    return t === void 0 ? null : kc(this, t);
  }
  beforeLayout() {
    super.beforeLayout(), this._cache = {
      data: [],
      labels: [],
      all: []
    };
  }
  determineDataLimits() {
    const t = this.options, n = this._adapter, s = t.time.unit || "day";
    let { min: i, max: o, minDefined: r, maxDefined: a } = this.getUserBounds();
    function l(c) {
      !r && !isNaN(c.min) && (i = Math.min(i, c.min)), !a && !isNaN(c.max) && (o = Math.max(o, c.max));
    }
    (!r || !a) && (l(this._getLabelBounds()), (t.bounds !== "ticks" || t.ticks.source !== "labels") && l(this.getMinMax(!1))), i = Rt(i) && !isNaN(i) ? i : +n.startOf(Date.now(), s), o = Rt(o) && !isNaN(o) ? o : +n.endOf(Date.now(), s) + 1, this.min = Math.min(i, o - 1), this.max = Math.max(i + 1, o);
  }
  _getLabelBounds() {
    const t = this.getLabelTimestamps();
    let n = Number.POSITIVE_INFINITY, s = Number.NEGATIVE_INFINITY;
    return t.length && (n = t[0], s = t[t.length - 1]), {
      min: n,
      max: s
    };
  }
  buildTicks() {
    const t = this.options, n = t.time, s = t.ticks, i = s.source === "labels" ? this.getLabelTimestamps() : this._generate();
    t.bounds === "ticks" && i.length && (this.min = this._userMin || i[0], this.max = this._userMax || i[i.length - 1]);
    const o = this.min, r = this.max, a = km(i, o, r);
    return this._unit = n.unit || (s.autoSkip ? Dc(n.minUnit, this.min, this.max, this._getLabelCapacity(o)) : G_(this, a.length, n.minUnit, this.min, this.max)), this._majorUnit = !s.major.enabled || this._unit === "year" ? void 0 : Z_(this._unit), this.initOffsets(i), t.reverse && a.reverse(), Pc(this, a, this._majorUnit);
  }
  afterAutoSkip() {
    this.options.offsetAfterAutoskip && this.initOffsets(this.ticks.map((t) => +t.value));
  }
  initOffsets(t = []) {
    let n = 0, s = 0, i, o;
    this.options.offset && t.length && (i = this.getDecimalForValue(t[0]), t.length === 1 ? n = 1 - i : n = (this.getDecimalForValue(t[1]) - i) / 2, o = this.getDecimalForValue(t[t.length - 1]), t.length === 1 ? s = o : s = (o - this.getDecimalForValue(t[t.length - 2])) / 2);
    const r = t.length < 3 ? 0.5 : 0.25;
    n = ie(n, 0, r), s = ie(s, 0, r), this._offsets = {
      start: n,
      end: s,
      factor: 1 / (n + 1 + s)
    };
  }
  _generate() {
    const t = this._adapter, n = this.min, s = this.max, i = this.options, o = i.time, r = o.unit || Dc(o.minUnit, n, s, this._getLabelCapacity(n)), a = ht(i.ticks.stepSize, 1), l = r === "week" ? o.isoWeekday : !1, c = js(l) || l === !0, f = {};
    let u = n, h, d;
    if (c && (u = +t.startOf(u, "isoWeek", l)), u = +t.startOf(u, c ? "day" : r), t.diff(s, n, r) > 1e5 * a)
      throw new Error(n + " and " + s + " are too far apart with stepSize of " + a + " " + r);
    const g = i.ticks.source === "data" && this.getDataTimestamps();
    for (h = u, d = 0; h < s; h = +t.add(h, a, r), d++)
      Cc(f, h, g);
    return (h === s || i.bounds === "ticks" || d === 1) && Cc(f, h, g), Object.keys(f).sort(Mc).map((m) => +m);
  }
  getLabelForValue(t) {
    const n = this._adapter, s = this.options.time;
    return s.tooltipFormat ? n.format(t, s.tooltipFormat) : n.format(t, s.displayFormats.datetime);
  }
  format(t, n) {
    const i = this.options.time.displayFormats, o = this._unit, r = n || i[o];
    return this._adapter.format(t, r);
  }
  _tickFormatFunction(t, n, s, i) {
    const o = this.options, r = o.ticks.callback;
    if (r)
      return xt(r, [
        t,
        n,
        s
      ], this);
    const a = o.time.displayFormats, l = this._unit, c = this._majorUnit, f = l && a[l], u = c && a[c], h = s[n], d = c && u && h && h.major;
    return this._adapter.format(t, i || (d ? u : f));
  }
  generateTickLabels(t) {
    let n, s, i;
    for (n = 0, s = t.length; n < s; ++n)
      i = t[n], i.label = this._tickFormatFunction(i.value, n, t);
  }
  getDecimalForValue(t) {
    return t === null ? NaN : (t - this.min) / (this.max - this.min);
  }
  getPixelForValue(t) {
    const n = this._offsets, s = this.getDecimalForValue(t);
    return this.getPixelForDecimal((n.start + s) * n.factor);
  }
  getValueForPixel(t) {
    const n = this._offsets, s = this.getDecimalForPixel(t) / n.factor - n.end;
    return this.min + s * (this.max - this.min);
  }
  _getLabelSize(t) {
    const n = this.options.ticks, s = this.ctx.measureText(t).width, i = En(this.isHorizontal() ? n.maxRotation : n.minRotation), o = Math.cos(i), r = Math.sin(i), a = this._resolveTickFontOptions(0).size;
    return {
      w: s * o + a * r,
      h: s * r + a * o
    };
  }
  _getLabelCapacity(t) {
    const n = this.options.time, s = n.displayFormats, i = s[n.unit] || s.millisecond, o = this._tickFormatFunction(t, 0, Pc(this, [
      t
    ], this._majorUnit), i), r = this._getLabelSize(o), a = Math.floor(this.isHorizontal() ? this.width / r.w : this.height / r.h) - 1;
    return a > 0 ? a : 1;
  }
  getDataTimestamps() {
    let t = this._cache.data || [], n, s;
    if (t.length)
      return t;
    const i = this.getMatchingVisibleMetas();
    if (this._normalized && i.length)
      return this._cache.data = i[0].controller.getAllParsedValues(this);
    for (n = 0, s = i.length; n < s; ++n)
      t = t.concat(i[n].controller.getAllParsedValues(this));
    return this._cache.data = this.normalize(t);
  }
  getLabelTimestamps() {
    const t = this._cache.labels || [];
    let n, s;
    if (t.length)
      return t;
    const i = this.getLabels();
    for (n = 0, s = i.length; n < s; ++n)
      t.push(kc(this, i[n]));
    return this._cache.labels = this._normalized ? t : this.normalize(t);
  }
  normalize(t) {
    return Cm(t.sort(Mc));
  }
}
Q(so, "id", "time"), Q(so, "defaults", {
  bounds: "data",
  adapters: {},
  time: {
    parser: !1,
    unit: !1,
    round: !1,
    isoWeekday: !1,
    minUnit: "millisecond",
    displayFormats: {}
  },
  ticks: {
    source: "auto",
    callback: !1,
    major: {
      enabled: !1
    }
  }
});
function yi(e, t, n) {
  let s = 0, i = e.length - 1, o, r, a, l;
  n ? (t >= e[s].pos && t <= e[i].pos && ({ lo: s, hi: i } = On(e, "pos", t)), { pos: o, time: a } = e[s], { pos: r, time: l } = e[i]) : (t >= e[s].time && t <= e[i].time && ({ lo: s, hi: i } = On(e, "time", t)), { time: o, pos: a } = e[s], { time: r, pos: l } = e[i]);
  const c = r - o;
  return c ? a + (l - a) * (t - o) / c : a;
}
class Tc extends so {
  constructor(t) {
    super(t), this._table = [], this._minPos = void 0, this._tableRange = void 0;
  }
  initOffsets() {
    const t = this._getTimestampsForTable(), n = this._table = this.buildLookupTable(t);
    this._minPos = yi(n, this.min), this._tableRange = yi(n, this.max) - this._minPos, super.initOffsets(t);
  }
  buildLookupTable(t) {
    const { min: n, max: s } = this, i = [], o = [];
    let r, a, l, c, f;
    for (r = 0, a = t.length; r < a; ++r)
      c = t[r], c >= n && c <= s && i.push(c);
    if (i.length < 2)
      return [
        {
          time: n,
          pos: 0
        },
        {
          time: s,
          pos: 1
        }
      ];
    for (r = 0, a = i.length; r < a; ++r)
      f = i[r + 1], l = i[r - 1], c = i[r], Math.round((f + l) / 2) !== c && o.push({
        time: c,
        pos: r / (a - 1)
      });
    return o;
  }
  _generate() {
    const t = this.min, n = this.max;
    let s = super.getDataTimestamps();
    return (!s.includes(t) || !s.length) && s.splice(0, 0, t), (!s.includes(n) || s.length === 1) && s.push(n), s.sort((i, o) => i - o);
  }
  _getTimestampsForTable() {
    let t = this._cache.all || [];
    if (t.length)
      return t;
    const n = this.getDataTimestamps(), s = this.getLabelTimestamps();
    return n.length && s.length ? t = this.normalize(n.concat(s)) : t = n.length ? n : s, t = this._cache.all = t, t;
  }
  getDecimalForValue(t) {
    return (yi(this._table, t) - this._minPos) / this._tableRange;
  }
  getValueForPixel(t) {
    const n = this._offsets, s = this.getDecimalForPixel(t) / n.factor - n.end;
    return yi(this._table, s * this._tableRange + this._minPos, !0);
  }
}
Q(Tc, "id", "timeseries"), Q(Tc, "defaults", so.defaults);
const { min: Q_, max: ty } = Math, An = (e, t = 0, n = 1) => Q_(ty(t, e), n), _a = (e) => {
  e._clipped = !1, e._unclipped = e.slice(0);
  for (let t = 0; t <= 3; t++)
    t < 3 ? ((e[t] < 0 || e[t] > 255) && (e._clipped = !0), e[t] = An(e[t], 0, 255)) : t === 3 && (e[t] = An(e[t], 0, 1));
  return e;
}, Qu = {};
for (let e of [
  "Boolean",
  "Number",
  "String",
  "Function",
  "Array",
  "Date",
  "RegExp",
  "Undefined",
  "Null"
])
  Qu[`[object ${e}]`] = e.toLowerCase();
function nt(e) {
  return Qu[Object.prototype.toString.call(e)] || "object";
}
const Z = (e, t = null) => e.length >= 3 ? Array.prototype.slice.call(e) : nt(e[0]) == "object" && t ? t.split("").filter((n) => e[0][n] !== void 0).map((n) => e[0][n]) : e[0].slice(0), ss = (e) => {
  if (e.length < 2) return null;
  const t = e.length - 1;
  return nt(e[t]) == "string" ? e[t].toLowerCase() : null;
}, { PI: Eo, min: th, max: eh } = Math, re = (e) => Math.round(e * 100) / 100, Tr = (e) => Math.round(e * 100) / 100, Ue = Eo * 2, qo = Eo / 3, ey = Eo / 180, ny = 180 / Eo;
function nh(e) {
  return [...e.slice(0, 3).reverse(), ...e.slice(3)];
}
const G = {
  format: {},
  autodetect: []
};
class V {
  constructor(...t) {
    const n = this;
    if (nt(t[0]) === "object" && t[0].constructor && t[0].constructor === this.constructor)
      return t[0];
    let s = ss(t), i = !1;
    if (!s) {
      i = !0, G.sorted || (G.autodetect = G.autodetect.sort((o, r) => r.p - o.p), G.sorted = !0);
      for (let o of G.autodetect)
        if (s = o.test(...t), s) break;
    }
    if (G.format[s]) {
      const o = G.format[s].apply(
        null,
        i ? t : t.slice(0, -1)
      );
      n._rgb = _a(o);
    } else
      throw new Error("unknown format: " + t);
    n._rgb.length === 3 && n._rgb.push(1);
  }
  toString() {
    return nt(this.hex) == "function" ? this.hex() : `[${this._rgb.join(",")}]`;
  }
}
const sy = "3.1.2", J = (...e) => new V(...e);
J.version = sy;
const Qn = {
  aliceblue: "#f0f8ff",
  antiquewhite: "#faebd7",
  aqua: "#00ffff",
  aquamarine: "#7fffd4",
  azure: "#f0ffff",
  beige: "#f5f5dc",
  bisque: "#ffe4c4",
  black: "#000000",
  blanchedalmond: "#ffebcd",
  blue: "#0000ff",
  blueviolet: "#8a2be2",
  brown: "#a52a2a",
  burlywood: "#deb887",
  cadetblue: "#5f9ea0",
  chartreuse: "#7fff00",
  chocolate: "#d2691e",
  coral: "#ff7f50",
  cornflowerblue: "#6495ed",
  cornsilk: "#fff8dc",
  crimson: "#dc143c",
  cyan: "#00ffff",
  darkblue: "#00008b",
  darkcyan: "#008b8b",
  darkgoldenrod: "#b8860b",
  darkgray: "#a9a9a9",
  darkgreen: "#006400",
  darkgrey: "#a9a9a9",
  darkkhaki: "#bdb76b",
  darkmagenta: "#8b008b",
  darkolivegreen: "#556b2f",
  darkorange: "#ff8c00",
  darkorchid: "#9932cc",
  darkred: "#8b0000",
  darksalmon: "#e9967a",
  darkseagreen: "#8fbc8f",
  darkslateblue: "#483d8b",
  darkslategray: "#2f4f4f",
  darkslategrey: "#2f4f4f",
  darkturquoise: "#00ced1",
  darkviolet: "#9400d3",
  deeppink: "#ff1493",
  deepskyblue: "#00bfff",
  dimgray: "#696969",
  dimgrey: "#696969",
  dodgerblue: "#1e90ff",
  firebrick: "#b22222",
  floralwhite: "#fffaf0",
  forestgreen: "#228b22",
  fuchsia: "#ff00ff",
  gainsboro: "#dcdcdc",
  ghostwhite: "#f8f8ff",
  gold: "#ffd700",
  goldenrod: "#daa520",
  gray: "#808080",
  green: "#008000",
  greenyellow: "#adff2f",
  grey: "#808080",
  honeydew: "#f0fff0",
  hotpink: "#ff69b4",
  indianred: "#cd5c5c",
  indigo: "#4b0082",
  ivory: "#fffff0",
  khaki: "#f0e68c",
  laserlemon: "#ffff54",
  lavender: "#e6e6fa",
  lavenderblush: "#fff0f5",
  lawngreen: "#7cfc00",
  lemonchiffon: "#fffacd",
  lightblue: "#add8e6",
  lightcoral: "#f08080",
  lightcyan: "#e0ffff",
  lightgoldenrod: "#fafad2",
  lightgoldenrodyellow: "#fafad2",
  lightgray: "#d3d3d3",
  lightgreen: "#90ee90",
  lightgrey: "#d3d3d3",
  lightpink: "#ffb6c1",
  lightsalmon: "#ffa07a",
  lightseagreen: "#20b2aa",
  lightskyblue: "#87cefa",
  lightslategray: "#778899",
  lightslategrey: "#778899",
  lightsteelblue: "#b0c4de",
  lightyellow: "#ffffe0",
  lime: "#00ff00",
  limegreen: "#32cd32",
  linen: "#faf0e6",
  magenta: "#ff00ff",
  maroon: "#800000",
  maroon2: "#7f0000",
  maroon3: "#b03060",
  mediumaquamarine: "#66cdaa",
  mediumblue: "#0000cd",
  mediumorchid: "#ba55d3",
  mediumpurple: "#9370db",
  mediumseagreen: "#3cb371",
  mediumslateblue: "#7b68ee",
  mediumspringgreen: "#00fa9a",
  mediumturquoise: "#48d1cc",
  mediumvioletred: "#c71585",
  midnightblue: "#191970",
  mintcream: "#f5fffa",
  mistyrose: "#ffe4e1",
  moccasin: "#ffe4b5",
  navajowhite: "#ffdead",
  navy: "#000080",
  oldlace: "#fdf5e6",
  olive: "#808000",
  olivedrab: "#6b8e23",
  orange: "#ffa500",
  orangered: "#ff4500",
  orchid: "#da70d6",
  palegoldenrod: "#eee8aa",
  palegreen: "#98fb98",
  paleturquoise: "#afeeee",
  palevioletred: "#db7093",
  papayawhip: "#ffefd5",
  peachpuff: "#ffdab9",
  peru: "#cd853f",
  pink: "#ffc0cb",
  plum: "#dda0dd",
  powderblue: "#b0e0e6",
  purple: "#800080",
  purple2: "#7f007f",
  purple3: "#a020f0",
  rebeccapurple: "#663399",
  red: "#ff0000",
  rosybrown: "#bc8f8f",
  royalblue: "#4169e1",
  saddlebrown: "#8b4513",
  salmon: "#fa8072",
  sandybrown: "#f4a460",
  seagreen: "#2e8b57",
  seashell: "#fff5ee",
  sienna: "#a0522d",
  silver: "#c0c0c0",
  skyblue: "#87ceeb",
  slateblue: "#6a5acd",
  slategray: "#708090",
  slategrey: "#708090",
  snow: "#fffafa",
  springgreen: "#00ff7f",
  steelblue: "#4682b4",
  tan: "#d2b48c",
  teal: "#008080",
  thistle: "#d8bfd8",
  tomato: "#ff6347",
  turquoise: "#40e0d0",
  violet: "#ee82ee",
  wheat: "#f5deb3",
  white: "#ffffff",
  whitesmoke: "#f5f5f5",
  yellow: "#ffff00",
  yellowgreen: "#9acd32"
}, iy = /^#?([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/, oy = /^#?([A-Fa-f0-9]{8}|[A-Fa-f0-9]{4})$/, sh = (e) => {
  if (e.match(iy)) {
    (e.length === 4 || e.length === 7) && (e = e.substr(1)), e.length === 3 && (e = e.split(""), e = e[0] + e[0] + e[1] + e[1] + e[2] + e[2]);
    const t = parseInt(e, 16), n = t >> 16, s = t >> 8 & 255, i = t & 255;
    return [n, s, i, 1];
  }
  if (e.match(oy)) {
    (e.length === 5 || e.length === 9) && (e = e.substr(1)), e.length === 4 && (e = e.split(""), e = e[0] + e[0] + e[1] + e[1] + e[2] + e[2] + e[3] + e[3]);
    const t = parseInt(e, 16), n = t >> 24 & 255, s = t >> 16 & 255, i = t >> 8 & 255, o = Math.round((t & 255) / 255 * 100) / 100;
    return [n, s, i, o];
  }
  throw new Error(`unknown hex color: ${e}`);
}, { round: xi } = Math, ih = (...e) => {
  let [t, n, s, i] = Z(e, "rgba"), o = ss(e) || "auto";
  i === void 0 && (i = 1), o === "auto" && (o = i < 1 ? "rgba" : "rgb"), t = xi(t), n = xi(n), s = xi(s);
  let a = "000000" + (t << 16 | n << 8 | s).toString(16);
  a = a.substr(a.length - 6);
  let l = "0" + xi(i * 255).toString(16);
  switch (l = l.substr(l.length - 2), o.toLowerCase()) {
    case "rgba":
      return `#${a}${l}`;
    case "argb":
      return `#${l}${a}`;
    default:
      return `#${a}`;
  }
};
V.prototype.name = function() {
  const e = ih(this._rgb, "rgb");
  for (let t of Object.keys(Qn))
    if (Qn[t] === e) return t.toLowerCase();
  return e;
};
G.format.named = (e) => {
  if (e = e.toLowerCase(), Qn[e]) return sh(Qn[e]);
  throw new Error("unknown color name: " + e);
};
G.autodetect.push({
  p: 5,
  test: (e, ...t) => {
    if (!t.length && nt(e) === "string" && Qn[e.toLowerCase()])
      return "named";
  }
});
V.prototype.alpha = function(e, t = !1) {
  return e !== void 0 && nt(e) === "number" ? t ? (this._rgb[3] = e, this) : new V([this._rgb[0], this._rgb[1], this._rgb[2], e], "rgb") : this._rgb[3];
};
V.prototype.clipped = function() {
  return this._rgb._clipped || !1;
};
const Te = {
  // Corresponds roughly to RGB brighter/darker
  Kn: 18,
  // D65 standard referent
  labWhitePoint: "d65",
  Xn: 0.95047,
  Yn: 1,
  Zn: 1.08883,
  kE: 216 / 24389,
  kKE: 8,
  kK: 24389 / 27,
  RefWhiteRGB: {
    // sRGB
    X: 0.95047,
    Y: 1,
    Z: 1.08883
  },
  MtxRGB2XYZ: {
    m00: 0.4124564390896922,
    m01: 0.21267285140562253,
    m02: 0.0193338955823293,
    m10: 0.357576077643909,
    m11: 0.715152155287818,
    m12: 0.11919202588130297,
    m20: 0.18043748326639894,
    m21: 0.07217499330655958,
    m22: 0.9503040785363679
  },
  MtxXYZ2RGB: {
    m00: 3.2404541621141045,
    m01: -0.9692660305051868,
    m02: 0.055643430959114726,
    m10: -1.5371385127977166,
    m11: 1.8760108454466942,
    m12: -0.2040259135167538,
    m20: -0.498531409556016,
    m21: 0.041556017530349834,
    m22: 1.0572251882231791
  },
  // used in rgb2xyz
  As: 0.9414285350000001,
  Bs: 1.040417467,
  Cs: 1.089532651,
  MtxAdaptMa: {
    m00: 0.8951,
    m01: -0.7502,
    m02: 0.0389,
    m10: 0.2664,
    m11: 1.7135,
    m12: -0.0685,
    m20: -0.1614,
    m21: 0.0367,
    m22: 1.0296
  },
  MtxAdaptMaI: {
    m00: 0.9869929054667123,
    m01: 0.43230526972339456,
    m02: -0.008528664575177328,
    m10: -0.14705425642099013,
    m11: 0.5183602715367776,
    m12: 0.04004282165408487,
    m20: 0.15996265166373125,
    m21: 0.0492912282128556,
    m22: 0.9684866957875502
  }
}, ry = /* @__PURE__ */ new Map([
  // ASTM E308-01
  ["a", [1.0985, 0.35585]],
  // Wyszecki & Stiles, p. 769
  ["b", [1.0985, 0.35585]],
  // C ASTM E308-01
  ["c", [0.98074, 1.18232]],
  // D50 (ASTM E308-01)
  ["d50", [0.96422, 0.82521]],
  // D55 (ASTM E308-01)
  ["d55", [0.95682, 0.92149]],
  // D65 (ASTM E308-01)
  ["d65", [0.95047, 1.08883]],
  // E (ASTM E308-01)
  ["e", [1, 1, 1]],
  // F2 (ASTM E308-01)
  ["f2", [0.99186, 0.67393]],
  // F7 (ASTM E308-01)
  ["f7", [0.95041, 1.08747]],
  // F11 (ASTM E308-01)
  ["f11", [1.00962, 0.6435]],
  ["icc", [0.96422, 0.82521]]
]);
function Ye(e) {
  const t = ry.get(String(e).toLowerCase());
  if (!t)
    throw new Error("unknown Lab illuminant " + e);
  Te.labWhitePoint = e, Te.Xn = t[0], Te.Zn = t[1];
}
function Ws() {
  return Te.labWhitePoint;
}
const ya = (...e) => {
  e = Z(e, "lab");
  const [t, n, s] = e, [i, o, r] = ay(t, n, s), [a, l, c] = oh(i, o, r);
  return [a, l, c, e.length > 3 ? e[3] : 1];
}, ay = (e, t, n) => {
  const { kE: s, kK: i, kKE: o, Xn: r, Yn: a, Zn: l } = Te, c = (e + 16) / 116, f = 2e-3 * t + c, u = c - 5e-3 * n, h = f * f * f, d = u * u * u, g = h > s ? h : (116 * f - 16) / i, m = e > o ? Math.pow((e + 16) / 116, 3) : e / i, b = d > s ? d : (116 * u - 16) / i, y = g * r, N = m * a, D = b * l;
  return [y, N, D];
}, Xo = (e) => {
  const t = Math.sign(e);
  return e = Math.abs(e), (e <= 31308e-7 ? e * 12.92 : 1.055 * Math.pow(e, 1 / 2.4) - 0.055) * t;
}, oh = (e, t, n) => {
  const { MtxAdaptMa: s, MtxAdaptMaI: i, MtxXYZ2RGB: o, RefWhiteRGB: r, Xn: a, Yn: l, Zn: c } = Te, f = a * s.m00 + l * s.m10 + c * s.m20, u = a * s.m01 + l * s.m11 + c * s.m21, h = a * s.m02 + l * s.m12 + c * s.m22, d = r.X * s.m00 + r.Y * s.m10 + r.Z * s.m20, g = r.X * s.m01 + r.Y * s.m11 + r.Z * s.m21, m = r.X * s.m02 + r.Y * s.m12 + r.Z * s.m22, b = (e * s.m00 + t * s.m10 + n * s.m20) * (d / f), y = (e * s.m01 + t * s.m11 + n * s.m21) * (g / u), N = (e * s.m02 + t * s.m12 + n * s.m22) * (m / h), D = b * i.m00 + y * i.m10 + N * i.m20, P = b * i.m01 + y * i.m11 + N * i.m21, w = b * i.m02 + y * i.m12 + N * i.m22, S = Xo(
    D * o.m00 + P * o.m10 + w * o.m20
  ), v = Xo(
    D * o.m01 + P * o.m11 + w * o.m21
  ), O = Xo(
    D * o.m02 + P * o.m12 + w * o.m22
  );
  return [S * 255, v * 255, O * 255];
}, xa = (...e) => {
  const [t, n, s, ...i] = Z(e, "rgb"), [o, r, a] = rh(t, n, s), [l, c, f] = ly(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
};
function ly(e, t, n) {
  const { Xn: s, Yn: i, Zn: o, kE: r, kK: a } = Te, l = e / s, c = t / i, f = n / o, u = l > r ? Math.pow(l, 1 / 3) : (a * l + 16) / 116, h = c > r ? Math.pow(c, 1 / 3) : (a * c + 16) / 116, d = f > r ? Math.pow(f, 1 / 3) : (a * f + 16) / 116;
  return [116 * h - 16, 500 * (u - h), 200 * (h - d)];
}
function Go(e) {
  const t = Math.sign(e);
  return e = Math.abs(e), (e <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4)) * t;
}
const rh = (e, t, n) => {
  e = Go(e / 255), t = Go(t / 255), n = Go(n / 255);
  const { MtxRGB2XYZ: s, MtxAdaptMa: i, MtxAdaptMaI: o, Xn: r, Yn: a, Zn: l, As: c, Bs: f, Cs: u } = Te;
  let h = e * s.m00 + t * s.m10 + n * s.m20, d = e * s.m01 + t * s.m11 + n * s.m21, g = e * s.m02 + t * s.m12 + n * s.m22;
  const m = r * i.m00 + a * i.m10 + l * i.m20, b = r * i.m01 + a * i.m11 + l * i.m21, y = r * i.m02 + a * i.m12 + l * i.m22;
  let N = h * i.m00 + d * i.m10 + g * i.m20, D = h * i.m01 + d * i.m11 + g * i.m21, P = h * i.m02 + d * i.m12 + g * i.m22;
  return N *= m / c, D *= b / f, P *= y / u, h = N * o.m00 + D * o.m10 + P * o.m20, d = N * o.m01 + D * o.m11 + P * o.m21, g = N * o.m02 + D * o.m12 + P * o.m22, [h, d, g];
};
V.prototype.lab = function() {
  return xa(this._rgb);
};
const cy = (...e) => new V(...e, "lab");
Object.assign(J, { lab: cy, getLabWhitePoint: Ws, setLabWhitePoint: Ye });
G.format.lab = ya;
G.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = Z(e, "lab"), nt(e) === "array" && e.length === 3)
      return "lab";
  }
});
V.prototype.darken = function(e = 1) {
  const t = this, n = t.lab();
  return n[0] -= Te.Kn * e, new V(n, "lab").alpha(t.alpha(), !0);
};
V.prototype.brighten = function(e = 1) {
  return this.darken(-e);
};
V.prototype.darker = V.prototype.darken;
V.prototype.brighter = V.prototype.brighten;
V.prototype.get = function(e) {
  const [t, n] = e.split("."), s = this[t]();
  if (n) {
    const i = t.indexOf(n) - (t.substr(0, 2) === "ok" ? 2 : 0);
    if (i > -1) return s[i];
    throw new Error(`unknown channel ${n} in mode ${t}`);
  } else
    return s;
};
const { pow: fy } = Math, uy = 1e-7, hy = 20;
V.prototype.luminance = function(e, t = "rgb") {
  if (e !== void 0 && nt(e) === "number") {
    if (e === 0)
      return new V([0, 0, 0, this._rgb[3]], "rgb");
    if (e === 1)
      return new V([255, 255, 255, this._rgb[3]], "rgb");
    let n = this.luminance(), s = hy;
    const i = (r, a) => {
      const l = r.interpolate(a, 0.5, t), c = l.luminance();
      return Math.abs(e - c) < uy || !s-- ? l : c > e ? i(r, l) : i(l, a);
    }, o = (n > e ? i(new V([0, 0, 0]), this) : i(this, new V([255, 255, 255]))).rgb();
    return new V([...o, this._rgb[3]]);
  }
  return dy(...this._rgb.slice(0, 3));
};
const dy = (e, t, n) => (e = Zo(e), t = Zo(t), n = Zo(n), 0.2126 * e + 0.7152 * t + 0.0722 * n), Zo = (e) => (e /= 255, e <= 0.03928 ? e / 12.92 : fy((e + 0.055) / 1.055, 2.4)), Vt = {}, ts = (e, t, n = 0.5, ...s) => {
  let i = s[0] || "lrgb";
  if (!Vt[i] && !s.length && (i = Object.keys(Vt)[0]), !Vt[i])
    throw new Error(`interpolation mode ${i} is not defined`);
  return nt(e) !== "object" && (e = new V(e)), nt(t) !== "object" && (t = new V(t)), Vt[i](e, t, n).alpha(
    e.alpha() + n * (t.alpha() - e.alpha())
  );
};
V.prototype.mix = V.prototype.interpolate = function(e, t = 0.5, ...n) {
  return ts(this, e, t, ...n);
};
V.prototype.premultiply = function(e = !1) {
  const t = this._rgb, n = t[3];
  return e ? (this._rgb = [t[0] * n, t[1] * n, t[2] * n, n], this) : new V([t[0] * n, t[1] * n, t[2] * n, n], "rgb");
};
const { sin: py, cos: gy } = Math, ah = (...e) => {
  let [t, n, s] = Z(e, "lch");
  return isNaN(s) && (s = 0), s = s * ey, [t, gy(s) * n, py(s) * n];
}, va = (...e) => {
  e = Z(e, "lch");
  const [t, n, s] = e, [i, o, r] = ah(t, n, s), [a, l, c] = ya(i, o, r);
  return [a, l, c, e.length > 3 ? e[3] : 1];
}, my = (...e) => {
  const t = nh(Z(e, "hcl"));
  return va(...t);
}, { sqrt: by, atan2: _y, round: yy } = Math, lh = (...e) => {
  const [t, n, s] = Z(e, "lab"), i = by(n * n + s * s);
  let o = (_y(s, n) * ny + 360) % 360;
  return yy(i * 1e4) === 0 && (o = Number.NaN), [t, i, o];
}, wa = (...e) => {
  const [t, n, s, ...i] = Z(e, "rgb"), [o, r, a] = xa(t, n, s), [l, c, f] = lh(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
};
V.prototype.lch = function() {
  return wa(this._rgb);
};
V.prototype.hcl = function() {
  return nh(wa(this._rgb));
};
const xy = (...e) => new V(...e, "lch"), vy = (...e) => new V(...e, "hcl");
Object.assign(J, { lch: xy, hcl: vy });
G.format.lch = va;
G.format.hcl = my;
["lch", "hcl"].forEach(
  (e) => G.autodetect.push({
    p: 2,
    test: (...t) => {
      if (t = Z(t, e), nt(t) === "array" && t.length === 3)
        return e;
    }
  })
);
V.prototype.saturate = function(e = 1) {
  const t = this, n = t.lch();
  return n[1] += Te.Kn * e, n[1] < 0 && (n[1] = 0), new V(n, "lch").alpha(t.alpha(), !0);
};
V.prototype.desaturate = function(e = 1) {
  return this.saturate(-e);
};
V.prototype.set = function(e, t, n = !1) {
  const [s, i] = e.split("."), o = this[s]();
  if (i) {
    const r = s.indexOf(i) - (s.substr(0, 2) === "ok" ? 2 : 0);
    if (r > -1) {
      if (nt(t) == "string")
        switch (t.charAt(0)) {
          case "+":
            o[r] += +t;
            break;
          case "-":
            o[r] += +t;
            break;
          case "*":
            o[r] *= +t.substr(1);
            break;
          case "/":
            o[r] /= +t.substr(1);
            break;
          default:
            o[r] = +t;
        }
      else if (nt(t) === "number")
        o[r] = t;
      else
        throw new Error("unsupported value for Color.set");
      const a = new V(o, s);
      return n ? (this._rgb = a._rgb, this) : a;
    }
    throw new Error(`unknown channel ${i} in mode ${s}`);
  } else
    return o;
};
V.prototype.tint = function(e = 0.5, ...t) {
  return ts(this, "white", e, ...t);
};
V.prototype.shade = function(e = 0.5, ...t) {
  return ts(this, "black", e, ...t);
};
const wy = (e, t, n) => {
  const s = e._rgb, i = t._rgb;
  return new V(
    s[0] + n * (i[0] - s[0]),
    s[1] + n * (i[1] - s[1]),
    s[2] + n * (i[2] - s[2]),
    "rgb"
  );
};
Vt.rgb = wy;
const { sqrt: Jo, pow: Hn } = Math, Ey = (e, t, n) => {
  const [s, i, o] = e._rgb, [r, a, l] = t._rgb;
  return new V(
    Jo(Hn(s, 2) * (1 - n) + Hn(r, 2) * n),
    Jo(Hn(i, 2) * (1 - n) + Hn(a, 2) * n),
    Jo(Hn(o, 2) * (1 - n) + Hn(l, 2) * n),
    "rgb"
  );
};
Vt.lrgb = Ey;
const Oy = (e, t, n) => {
  const s = e.lab(), i = t.lab();
  return new V(
    s[0] + n * (i[0] - s[0]),
    s[1] + n * (i[1] - s[1]),
    s[2] + n * (i[2] - s[2]),
    "lab"
  );
};
Vt.lab = Oy;
const is = (e, t, n, s) => {
  let i, o;
  s === "hsl" ? (i = e.hsl(), o = t.hsl()) : s === "hsv" ? (i = e.hsv(), o = t.hsv()) : s === "hcg" ? (i = e.hcg(), o = t.hcg()) : s === "hsi" ? (i = e.hsi(), o = t.hsi()) : s === "lch" || s === "hcl" ? (s = "hcl", i = e.hcl(), o = t.hcl()) : s === "oklch" && (i = e.oklch().reverse(), o = t.oklch().reverse());
  let r, a, l, c, f, u;
  (s.substr(0, 1) === "h" || s === "oklch") && ([r, l, f] = i, [a, c, u] = o);
  let h, d, g, m;
  return !isNaN(r) && !isNaN(a) ? (a > r && a - r > 180 ? m = a - (r + 360) : a < r && r - a > 180 ? m = a + 360 - r : m = a - r, d = r + n * m) : isNaN(r) ? isNaN(a) ? d = Number.NaN : (d = a, (f == 1 || f == 0) && s != "hsv" && (h = c)) : (d = r, (u == 1 || u == 0) && s != "hsv" && (h = l)), h === void 0 && (h = l + n * (c - l)), g = f + n * (u - f), s === "oklch" ? new V([g, h, d], s) : new V([d, h, g], s);
}, ch = (e, t, n) => is(e, t, n, "lch");
Vt.lch = ch;
Vt.hcl = ch;
const Ny = (e) => {
  if (nt(e) == "number" && e >= 0 && e <= 16777215) {
    const t = e >> 16, n = e >> 8 & 255, s = e & 255;
    return [t, n, s, 1];
  }
  throw new Error("unknown num color: " + e);
}, Sy = (...e) => {
  const [t, n, s] = Z(e, "rgb");
  return (t << 16) + (n << 8) + s;
};
V.prototype.num = function() {
  return Sy(this._rgb);
};
const My = (...e) => new V(...e, "num");
Object.assign(J, { num: My });
G.format.num = Ny;
G.autodetect.push({
  p: 5,
  test: (...e) => {
    if (e.length === 1 && nt(e[0]) === "number" && e[0] >= 0 && e[0] <= 16777215)
      return "num";
  }
});
const ky = (e, t, n) => {
  const s = e.num(), i = t.num();
  return new V(s + n * (i - s), "num");
};
Vt.num = ky;
const { floor: Dy } = Math, Cy = (...e) => {
  e = Z(e, "hcg");
  let [t, n, s] = e, i, o, r;
  s = s * 255;
  const a = n * 255;
  if (n === 0)
    i = o = r = s;
  else {
    t === 360 && (t = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 60;
    const l = Dy(t), c = t - l, f = s * (1 - n), u = f + a * (1 - c), h = f + a * c, d = f + a;
    switch (l) {
      case 0:
        [i, o, r] = [d, h, f];
        break;
      case 1:
        [i, o, r] = [u, d, f];
        break;
      case 2:
        [i, o, r] = [f, d, h];
        break;
      case 3:
        [i, o, r] = [f, u, d];
        break;
      case 4:
        [i, o, r] = [h, f, d];
        break;
      case 5:
        [i, o, r] = [d, f, u];
        break;
    }
  }
  return [i, o, r, e.length > 3 ? e[3] : 1];
}, Py = (...e) => {
  const [t, n, s] = Z(e, "rgb"), i = th(t, n, s), o = eh(t, n, s), r = o - i, a = r * 100 / 255, l = i / (255 - r) * 100;
  let c;
  return r === 0 ? c = Number.NaN : (t === o && (c = (n - s) / r), n === o && (c = 2 + (s - t) / r), s === o && (c = 4 + (t - n) / r), c *= 60, c < 0 && (c += 360)), [c, a, l];
};
V.prototype.hcg = function() {
  return Py(this._rgb);
};
const Ty = (...e) => new V(...e, "hcg");
J.hcg = Ty;
G.format.hcg = Cy;
G.autodetect.push({
  p: 1,
  test: (...e) => {
    if (e = Z(e, "hcg"), nt(e) === "array" && e.length === 3)
      return "hcg";
  }
});
const Ay = (e, t, n) => is(e, t, n, "hcg");
Vt.hcg = Ay;
const { cos: zn } = Math, Vy = (...e) => {
  e = Z(e, "hsi");
  let [t, n, s] = e, i, o, r;
  return isNaN(t) && (t = 0), isNaN(n) && (n = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 360, t < 1 / 3 ? (r = (1 - n) / 3, i = (1 + n * zn(Ue * t) / zn(qo - Ue * t)) / 3, o = 1 - (r + i)) : t < 2 / 3 ? (t -= 1 / 3, i = (1 - n) / 3, o = (1 + n * zn(Ue * t) / zn(qo - Ue * t)) / 3, r = 1 - (i + o)) : (t -= 2 / 3, o = (1 - n) / 3, r = (1 + n * zn(Ue * t) / zn(qo - Ue * t)) / 3, i = 1 - (o + r)), i = An(s * i * 3), o = An(s * o * 3), r = An(s * r * 3), [i * 255, o * 255, r * 255, e.length > 3 ? e[3] : 1];
}, { min: Iy, sqrt: Ry, acos: Ly } = Math, Fy = (...e) => {
  let [t, n, s] = Z(e, "rgb");
  t /= 255, n /= 255, s /= 255;
  let i;
  const o = Iy(t, n, s), r = (t + n + s) / 3, a = r > 0 ? 1 - o / r : 0;
  return a === 0 ? i = NaN : (i = (t - n + (t - s)) / 2, i /= Ry((t - n) * (t - n) + (t - s) * (n - s)), i = Ly(i), s > n && (i = Ue - i), i /= Ue), [i * 360, a, r];
};
V.prototype.hsi = function() {
  return Fy(this._rgb);
};
const $y = (...e) => new V(...e, "hsi");
J.hsi = $y;
G.format.hsi = Vy;
G.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = Z(e, "hsi"), nt(e) === "array" && e.length === 3)
      return "hsi";
  }
});
const By = (e, t, n) => is(e, t, n, "hsi");
Vt.hsi = By;
const Ar = (...e) => {
  e = Z(e, "hsl");
  const [t, n, s] = e;
  let i, o, r;
  if (n === 0)
    i = o = r = s * 255;
  else {
    const a = [0, 0, 0], l = [0, 0, 0], c = s < 0.5 ? s * (1 + n) : s + n - s * n, f = 2 * s - c, u = t / 360;
    a[0] = u + 1 / 3, a[1] = u, a[2] = u - 1 / 3;
    for (let h = 0; h < 3; h++)
      a[h] < 0 && (a[h] += 1), a[h] > 1 && (a[h] -= 1), 6 * a[h] < 1 ? l[h] = f + (c - f) * 6 * a[h] : 2 * a[h] < 1 ? l[h] = c : 3 * a[h] < 2 ? l[h] = f + (c - f) * (2 / 3 - a[h]) * 6 : l[h] = f;
    [i, o, r] = [l[0] * 255, l[1] * 255, l[2] * 255];
  }
  return e.length > 3 ? [i, o, r, e[3]] : [i, o, r, 1];
}, fh = (...e) => {
  e = Z(e, "rgba");
  let [t, n, s] = e;
  t /= 255, n /= 255, s /= 255;
  const i = th(t, n, s), o = eh(t, n, s), r = (o + i) / 2;
  let a, l;
  return o === i ? (a = 0, l = Number.NaN) : a = r < 0.5 ? (o - i) / (o + i) : (o - i) / (2 - o - i), t == o ? l = (n - s) / (o - i) : n == o ? l = 2 + (s - t) / (o - i) : s == o && (l = 4 + (t - n) / (o - i)), l *= 60, l < 0 && (l += 360), e.length > 3 && e[3] !== void 0 ? [l, a, r, e[3]] : [l, a, r];
};
V.prototype.hsl = function() {
  return fh(this._rgb);
};
const jy = (...e) => new V(...e, "hsl");
J.hsl = jy;
G.format.hsl = Ar;
G.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = Z(e, "hsl"), nt(e) === "array" && e.length === 3)
      return "hsl";
  }
});
const Hy = (e, t, n) => is(e, t, n, "hsl");
Vt.hsl = Hy;
const { floor: zy } = Math, Wy = (...e) => {
  e = Z(e, "hsv");
  let [t, n, s] = e, i, o, r;
  if (s *= 255, n === 0)
    i = o = r = s;
  else {
    t === 360 && (t = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 60;
    const a = zy(t), l = t - a, c = s * (1 - n), f = s * (1 - n * l), u = s * (1 - n * (1 - l));
    switch (a) {
      case 0:
        [i, o, r] = [s, u, c];
        break;
      case 1:
        [i, o, r] = [f, s, c];
        break;
      case 2:
        [i, o, r] = [c, s, u];
        break;
      case 3:
        [i, o, r] = [c, f, s];
        break;
      case 4:
        [i, o, r] = [u, c, s];
        break;
      case 5:
        [i, o, r] = [s, c, f];
        break;
    }
  }
  return [i, o, r, e.length > 3 ? e[3] : 1];
}, { min: Uy, max: Yy } = Math, Ky = (...e) => {
  e = Z(e, "rgb");
  let [t, n, s] = e;
  const i = Uy(t, n, s), o = Yy(t, n, s), r = o - i;
  let a, l, c;
  return c = o / 255, o === 0 ? (a = Number.NaN, l = 0) : (l = r / o, t === o && (a = (n - s) / r), n === o && (a = 2 + (s - t) / r), s === o && (a = 4 + (t - n) / r), a *= 60, a < 0 && (a += 360)), [a, l, c];
};
V.prototype.hsv = function() {
  return Ky(this._rgb);
};
const qy = (...e) => new V(...e, "hsv");
J.hsv = qy;
G.format.hsv = Wy;
G.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = Z(e, "hsv"), nt(e) === "array" && e.length === 3)
      return "hsv";
  }
});
const Xy = (e, t, n) => is(e, t, n, "hsv");
Vt.hsv = Xy;
function io(e, t) {
  let n = e.length;
  Array.isArray(e[0]) || (e = [e]), Array.isArray(t[0]) || (t = t.map((r) => [r]));
  let s = t[0].length, i = t[0].map((r, a) => t.map((l) => l[a])), o = e.map(
    (r) => i.map((a) => Array.isArray(r) ? r.reduce((l, c, f) => l + c * (a[f] || 0), 0) : a.reduce((l, c) => l + c * r, 0))
  );
  return n === 1 && (o = o[0]), s === 1 ? o.map((r) => r[0]) : o;
}
const Ea = (...e) => {
  e = Z(e, "lab");
  const [t, n, s, ...i] = e, [o, r, a] = Gy([t, n, s]), [l, c, f] = oh(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
};
function Gy(e) {
  var t = [
    [1.2268798758459243, -0.5578149944602171, 0.2813910456659647],
    [-0.0405757452148008, 1.112286803280317, -0.0717110580655164],
    [-0.0763729366746601, -0.4214933324022432, 1.5869240198367816]
  ], n = [
    [1, 0.3963377773761749, 0.2158037573099136],
    [1, -0.1055613458156586, -0.0638541728258133],
    [1, -0.0894841775298119, -1.2914855480194092]
  ], s = io(n, e);
  return io(
    t,
    s.map((i) => i ** 3)
  );
}
const Oa = (...e) => {
  const [t, n, s, ...i] = Z(e, "rgb"), o = rh(t, n, s);
  return [...Zy(o), ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
};
function Zy(e) {
  const t = [
    [0.819022437996703, 0.3619062600528904, -0.1288737815209879],
    [0.0329836539323885, 0.9292868615863434, 0.0361446663506424],
    [0.0481771893596242, 0.2642395317527308, 0.6335478284694309]
  ], n = [
    [0.210454268309314, 0.7936177747023054, -0.0040720430116193],
    [1.9779985324311684, -2.42859224204858, 0.450593709617411],
    [0.0259040424655478, 0.7827717124575296, -0.8086757549230774]
  ], s = io(t, e);
  return io(
    n,
    s.map((i) => Math.cbrt(i))
  );
}
V.prototype.oklab = function() {
  return Oa(this._rgb);
};
const Jy = (...e) => new V(...e, "oklab");
Object.assign(J, { oklab: Jy });
G.format.oklab = Ea;
G.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = Z(e, "oklab"), nt(e) === "array" && e.length === 3)
      return "oklab";
  }
});
const Qy = (e, t, n) => {
  const s = e.oklab(), i = t.oklab();
  return new V(
    s[0] + n * (i[0] - s[0]),
    s[1] + n * (i[1] - s[1]),
    s[2] + n * (i[2] - s[2]),
    "oklab"
  );
};
Vt.oklab = Qy;
const t1 = (e, t, n) => is(e, t, n, "oklch");
Vt.oklch = t1;
const { pow: Qo, sqrt: tr, PI: er, cos: Ac, sin: Vc, atan2: e1 } = Math, n1 = (e, t = "lrgb", n = null) => {
  const s = e.length;
  n || (n = Array.from(new Array(s)).map(() => 1));
  const i = s / n.reduce(function(u, h) {
    return u + h;
  });
  if (n.forEach((u, h) => {
    n[h] *= i;
  }), e = e.map((u) => new V(u)), t === "lrgb")
    return s1(e, n);
  const o = e.shift(), r = o.get(t), a = [];
  let l = 0, c = 0;
  for (let u = 0; u < r.length; u++)
    if (r[u] = (r[u] || 0) * n[0], a.push(isNaN(r[u]) ? 0 : n[0]), t.charAt(u) === "h" && !isNaN(r[u])) {
      const h = r[u] / 180 * er;
      l += Ac(h) * n[0], c += Vc(h) * n[0];
    }
  let f = o.alpha() * n[0];
  e.forEach((u, h) => {
    const d = u.get(t);
    f += u.alpha() * n[h + 1];
    for (let g = 0; g < r.length; g++)
      if (!isNaN(d[g]))
        if (a[g] += n[h + 1], t.charAt(g) === "h") {
          const m = d[g] / 180 * er;
          l += Ac(m) * n[h + 1], c += Vc(m) * n[h + 1];
        } else
          r[g] += d[g] * n[h + 1];
  });
  for (let u = 0; u < r.length; u++)
    if (t.charAt(u) === "h") {
      let h = e1(c / a[u], l / a[u]) / er * 180;
      for (; h < 0; ) h += 360;
      for (; h >= 360; ) h -= 360;
      r[u] = h;
    } else
      r[u] = r[u] / a[u];
  return f /= s, new V(r, t).alpha(f > 0.99999 ? 1 : f, !0);
}, s1 = (e, t) => {
  const n = e.length, s = [0, 0, 0, 0];
  for (let i = 0; i < e.length; i++) {
    const o = e[i], r = t[i] / n, a = o._rgb;
    s[0] += Qo(a[0], 2) * r, s[1] += Qo(a[1], 2) * r, s[2] += Qo(a[2], 2) * r, s[3] += a[3] * r;
  }
  return s[0] = tr(s[0]), s[1] = tr(s[1]), s[2] = tr(s[2]), s[3] > 0.9999999 && (s[3] = 1), new V(_a(s));
}, { pow: i1 } = Math;
function oo(e) {
  let t = "rgb", n = J("#ccc"), s = 0, i = [0, 1], o = [], r = [0, 0], a = !1, l = [], c = !1, f = 0, u = 1, h = !1, d = {}, g = !0, m = 1;
  const b = function(v) {
    if (v = v || ["#fff", "#000"], v && nt(v) === "string" && J.brewer && J.brewer[v.toLowerCase()] && (v = J.brewer[v.toLowerCase()]), nt(v) === "array") {
      v.length === 1 && (v = [v[0], v[0]]), v = v.slice(0);
      for (let O = 0; O < v.length; O++)
        v[O] = J(v[O]);
      o.length = 0;
      for (let O = 0; O < v.length; O++)
        o.push(O / (v.length - 1));
    }
    return w(), l = v;
  }, y = function(v) {
    if (a != null) {
      const O = a.length - 1;
      let M = 0;
      for (; M < O && v >= a[M]; )
        M++;
      return M - 1;
    }
    return 0;
  };
  let N = (v) => v, D = (v) => v;
  const P = function(v, O) {
    let M, L;
    if (O == null && (O = !1), isNaN(v) || v === null)
      return n;
    O ? L = v : a && a.length > 2 ? L = y(v) / (a.length - 2) : u !== f ? L = (v - f) / (u - f) : L = 1, L = D(L), O || (L = N(L)), m !== 1 && (L = i1(L, m)), L = r[0] + L * (1 - r[0] - r[1]), L = An(L, 0, 1);
    const H = Math.floor(L * 1e4);
    if (g && d[H])
      M = d[H];
    else {
      if (nt(l) === "array")
        for (let j = 0; j < o.length; j++) {
          const tt = o[j];
          if (L <= tt) {
            M = l[j];
            break;
          }
          if (L >= tt && j === o.length - 1) {
            M = l[j];
            break;
          }
          if (L > tt && L < o[j + 1]) {
            L = (L - tt) / (o[j + 1] - tt), M = J.interpolate(
              l[j],
              l[j + 1],
              L,
              t
            );
            break;
          }
        }
      else nt(l) === "function" && (M = l(L));
      g && (d[H] = M);
    }
    return M;
  };
  var w = () => d = {};
  b(e);
  const S = function(v) {
    const O = J(P(v));
    return c && O[c] ? O[c]() : O;
  };
  return S.classes = function(v) {
    if (v != null) {
      if (nt(v) === "array")
        a = v, i = [v[0], v[v.length - 1]];
      else {
        const O = J.analyze(i);
        v === 0 ? a = [O.min, O.max] : a = J.limits(O, "e", v);
      }
      return S;
    }
    return a;
  }, S.domain = function(v) {
    if (!arguments.length)
      return i;
    f = v[0], u = v[v.length - 1], o = [];
    const O = l.length;
    if (v.length === O && f !== u)
      for (let M of Array.from(v))
        o.push((M - f) / (u - f));
    else {
      for (let M = 0; M < O; M++)
        o.push(M / (O - 1));
      if (v.length > 2) {
        const M = v.map((H, j) => j / (v.length - 1)), L = v.map((H) => (H - f) / (u - f));
        L.every((H, j) => M[j] === H) || (D = (H) => {
          if (H <= 0 || H >= 1) return H;
          let j = 0;
          for (; H >= L[j + 1]; ) j++;
          const tt = (H - L[j]) / (L[j + 1] - L[j]);
          return M[j] + tt * (M[j + 1] - M[j]);
        });
      }
    }
    return i = [f, u], S;
  }, S.mode = function(v) {
    return arguments.length ? (t = v, w(), S) : t;
  }, S.range = function(v, O) {
    return b(v), S;
  }, S.out = function(v) {
    return c = v, S;
  }, S.spread = function(v) {
    return arguments.length ? (s = v, S) : s;
  }, S.correctLightness = function(v) {
    return v == null && (v = !0), h = v, w(), h ? N = function(O) {
      const M = P(0, !0).lab()[0], L = P(1, !0).lab()[0], H = M > L;
      let j = P(O, !0).lab()[0];
      const tt = M + (L - M) * O;
      let Ot = j - tt, it = 0, st = 1, W = 20;
      for (; Math.abs(Ot) > 0.01 && W-- > 0; )
        (function() {
          return H && (Ot *= -1), Ot < 0 ? (it = O, O += (st - O) * 0.5) : (st = O, O += (it - O) * 0.5), j = P(O, !0).lab()[0], Ot = j - tt;
        })();
      return O;
    } : N = (O) => O, S;
  }, S.padding = function(v) {
    return v != null ? (nt(v) === "number" && (v = [v, v]), r = v, S) : r;
  }, S.colors = function(v, O) {
    arguments.length < 2 && (O = "hex");
    let M = [];
    if (arguments.length === 0)
      M = l.slice(0);
    else if (v === 1)
      M = [S(0.5)];
    else if (v > 1) {
      const L = i[0], H = i[1] - L;
      M = o1(0, v).map(
        (j) => S(L + j / (v - 1) * H)
      );
    } else {
      e = [];
      let L = [];
      if (a && a.length > 2)
        for (let H = 1, j = a.length, tt = 1 <= j; tt ? H < j : H > j; tt ? H++ : H--)
          L.push((a[H - 1] + a[H]) * 0.5);
      else
        L = i;
      M = L.map((H) => S(H));
    }
    return J[O] && (M = M.map((L) => L[O]())), M;
  }, S.cache = function(v) {
    return v != null ? (g = v, S) : g;
  }, S.gamma = function(v) {
    return v != null ? (m = v, S) : m;
  }, S.nodata = function(v) {
    return v != null ? (n = J(v), S) : n;
  }, S;
}
function o1(e, t, n) {
  let s = [], i = e < t, o = t;
  for (let r = e; i ? r < o : r > o; i ? r++ : r--)
    s.push(r);
  return s;
}
const r1 = function(e) {
  let t = [1, 1];
  for (let n = 1; n < e; n++) {
    let s = [1];
    for (let i = 1; i <= t.length; i++)
      s[i] = (t[i] || 0) + t[i - 1];
    t = s;
  }
  return t;
}, a1 = function(e) {
  let t, n, s, i;
  if (e = e.map((o) => new V(o)), e.length === 2)
    [n, s] = e.map((o) => o.lab()), t = function(o) {
      const r = [0, 1, 2].map((a) => n[a] + o * (s[a] - n[a]));
      return new V(r, "lab");
    };
  else if (e.length === 3)
    [n, s, i] = e.map((o) => o.lab()), t = function(o) {
      const r = [0, 1, 2].map(
        (a) => (1 - o) * (1 - o) * n[a] + 2 * (1 - o) * o * s[a] + o * o * i[a]
      );
      return new V(r, "lab");
    };
  else if (e.length === 4) {
    let o;
    [n, s, i, o] = e.map((r) => r.lab()), t = function(r) {
      const a = [0, 1, 2].map(
        (l) => (1 - r) * (1 - r) * (1 - r) * n[l] + 3 * (1 - r) * (1 - r) * r * s[l] + 3 * (1 - r) * r * r * i[l] + r * r * r * o[l]
      );
      return new V(a, "lab");
    };
  } else if (e.length >= 5) {
    let o, r, a;
    o = e.map((l) => l.lab()), a = e.length - 1, r = r1(a), t = function(l) {
      const c = 1 - l, f = [0, 1, 2].map(
        (u) => o.reduce(
          (h, d, g) => h + r[g] * c ** (a - g) * l ** g * d[u],
          0
        )
      );
      return new V(f, "lab");
    };
  } else
    throw new RangeError("No point in running bezier with only one color.");
  return t;
}, l1 = (e) => {
  const t = a1(e);
  return t.scale = () => oo(t), t;
}, { round: uh } = Math;
V.prototype.rgb = function(e = !0) {
  return e === !1 ? this._rgb.slice(0, 3) : this._rgb.slice(0, 3).map(uh);
};
V.prototype.rgba = function(e = !0) {
  return this._rgb.slice(0, 4).map((t, n) => n < 3 ? e === !1 ? t : uh(t) : t);
};
const c1 = (...e) => new V(...e, "rgb");
Object.assign(J, { rgb: c1 });
G.format.rgb = (...e) => {
  const t = Z(e, "rgba");
  return t[3] === void 0 && (t[3] = 1), t;
};
G.autodetect.push({
  p: 3,
  test: (...e) => {
    if (e = Z(e, "rgba"), nt(e) === "array" && (e.length === 3 || e.length === 4 && nt(e[3]) == "number" && e[3] >= 0 && e[3] <= 1))
      return "rgb";
  }
});
const me = (e, t, n) => {
  if (!me[n])
    throw new Error("unknown blend mode " + n);
  return me[n](e, t);
}, un = (e) => (t, n) => {
  const s = J(n).rgb(), i = J(t).rgb();
  return J.rgb(e(s, i));
}, hn = (e) => (t, n) => {
  const s = [];
  return s[0] = e(t[0], n[0]), s[1] = e(t[1], n[1]), s[2] = e(t[2], n[2]), s;
}, f1 = (e) => e, u1 = (e, t) => e * t / 255, h1 = (e, t) => e > t ? t : e, d1 = (e, t) => e > t ? e : t, p1 = (e, t) => 255 * (1 - (1 - e / 255) * (1 - t / 255)), g1 = (e, t) => t < 128 ? 2 * e * t / 255 : 255 * (1 - 2 * (1 - e / 255) * (1 - t / 255)), m1 = (e, t) => 255 * (1 - (1 - t / 255) / (e / 255)), b1 = (e, t) => e === 255 ? 255 : (e = 255 * (t / 255) / (1 - e / 255), e > 255 ? 255 : e);
me.normal = un(hn(f1));
me.multiply = un(hn(u1));
me.screen = un(hn(p1));
me.overlay = un(hn(g1));
me.darken = un(hn(h1));
me.lighten = un(hn(d1));
me.dodge = un(hn(b1));
me.burn = un(hn(m1));
const { pow: _1, sin: y1, cos: x1 } = Math;
function v1(e = 300, t = -1.5, n = 1, s = 1, i = [0, 1]) {
  let o = 0, r;
  nt(i) === "array" ? r = i[1] - i[0] : (r = 0, i = [i, i]);
  const a = function(l) {
    const c = Ue * ((e + 120) / 360 + t * l), f = _1(i[0] + r * l, s), h = (o !== 0 ? n[0] + l * o : n) * f * (1 - f) / 2, d = x1(c), g = y1(c), m = f + h * (-0.14861 * d + 1.78277 * g), b = f + h * (-0.29227 * d - 0.90649 * g), y = f + h * (1.97294 * d);
    return J(_a([m * 255, b * 255, y * 255, 1]));
  };
  return a.start = function(l) {
    return l == null ? e : (e = l, a);
  }, a.rotations = function(l) {
    return l == null ? t : (t = l, a);
  }, a.gamma = function(l) {
    return l == null ? s : (s = l, a);
  }, a.hue = function(l) {
    return l == null ? n : (n = l, nt(n) === "array" ? (o = n[1] - n[0], o === 0 && (n = n[1])) : o = 0, a);
  }, a.lightness = function(l) {
    return l == null ? i : (nt(l) === "array" ? (i = l, r = l[1] - l[0]) : (i = [l, l], r = 0), a);
  }, a.scale = () => J.scale(a), a.hue(n), a;
}
const w1 = "0123456789abcdef", { floor: E1, random: O1 } = Math, N1 = () => {
  let e = "#";
  for (let t = 0; t < 6; t++)
    e += w1.charAt(E1(O1() * 16));
  return new V(e, "hex");
}, { log: Ic, pow: S1, floor: M1, abs: k1 } = Math;
function hh(e, t = null) {
  const n = {
    min: Number.MAX_VALUE,
    max: Number.MAX_VALUE * -1,
    sum: 0,
    values: [],
    count: 0
  };
  return nt(e) === "object" && (e = Object.values(e)), e.forEach((s) => {
    t && nt(s) === "object" && (s = s[t]), s != null && !isNaN(s) && (n.values.push(s), n.sum += s, s < n.min && (n.min = s), s > n.max && (n.max = s), n.count += 1);
  }), n.domain = [n.min, n.max], n.limits = (s, i) => dh(n, s, i), n;
}
function dh(e, t = "equal", n = 7) {
  nt(e) == "array" && (e = hh(e));
  const { min: s, max: i } = e, o = e.values.sort((a, l) => a - l);
  if (n === 1)
    return [s, i];
  const r = [];
  if (t.substr(0, 1) === "c" && (r.push(s), r.push(i)), t.substr(0, 1) === "e") {
    r.push(s);
    for (let a = 1; a < n; a++)
      r.push(s + a / n * (i - s));
    r.push(i);
  } else if (t.substr(0, 1) === "l") {
    if (s <= 0)
      throw new Error(
        "Logarithmic scales are only possible for values > 0"
      );
    const a = Math.LOG10E * Ic(s), l = Math.LOG10E * Ic(i);
    r.push(s);
    for (let c = 1; c < n; c++)
      r.push(S1(10, a + c / n * (l - a)));
    r.push(i);
  } else if (t.substr(0, 1) === "q") {
    r.push(s);
    for (let a = 1; a < n; a++) {
      const l = (o.length - 1) * a / n, c = M1(l);
      if (c === l)
        r.push(o[c]);
      else {
        const f = l - c;
        r.push(o[c] * (1 - f) + o[c + 1] * f);
      }
    }
    r.push(i);
  } else if (t.substr(0, 1) === "k") {
    let a;
    const l = o.length, c = new Array(l), f = new Array(n);
    let u = !0, h = 0, d = null;
    d = [], d.push(s);
    for (let b = 1; b < n; b++)
      d.push(s + b / n * (i - s));
    for (d.push(i); u; ) {
      for (let y = 0; y < n; y++)
        f[y] = 0;
      for (let y = 0; y < l; y++) {
        const N = o[y];
        let D = Number.MAX_VALUE, P;
        for (let w = 0; w < n; w++) {
          const S = k1(d[w] - N);
          S < D && (D = S, P = w), f[P]++, c[y] = P;
        }
      }
      const b = new Array(n);
      for (let y = 0; y < n; y++)
        b[y] = null;
      for (let y = 0; y < l; y++)
        a = c[y], b[a] === null ? b[a] = o[y] : b[a] += o[y];
      for (let y = 0; y < n; y++)
        b[y] *= 1 / f[y];
      u = !1;
      for (let y = 0; y < n; y++)
        if (b[y] !== d[y]) {
          u = !0;
          break;
        }
      d = b, h++, h > 200 && (u = !1);
    }
    const g = {};
    for (let b = 0; b < n; b++)
      g[b] = [];
    for (let b = 0; b < l; b++)
      a = c[b], g[a].push(o[b]);
    let m = [];
    for (let b = 0; b < n; b++)
      m.push(g[b][0]), m.push(g[b][g[b].length - 1]);
    m = m.sort((b, y) => b - y), r.push(m[0]);
    for (let b = 1; b < m.length; b += 2) {
      const y = m[b];
      !isNaN(y) && r.indexOf(y) === -1 && r.push(y);
    }
  }
  return r;
}
const D1 = (e, t) => {
  e = new V(e), t = new V(t);
  const n = e.luminance(), s = t.luminance();
  return n > s ? (n + 0.05) / (s + 0.05) : (s + 0.05) / (n + 0.05);
};
/**
 * @license
 *
 * The APCA contrast prediction algorithm is based of the formulas published
 * in the APCA-1.0.98G specification by Myndex. The specification is available at:
 * https://raw.githubusercontent.com/Myndex/apca-w3/master/images/APCAw3_0.1.17_APCA0.0.98G.svg
 *
 * Note that the APCA implementation is still beta, so please update to
 * future versions of chroma.js when they become available.
 *
 * You can read more about the APCA Readability Criterion at
 * https://readtech.org/ARC/
 */
const Rc = 0.027, C1 = 5e-4, P1 = 0.1, Lc = 1.14, vi = 0.022, Fc = 1.414, T1 = (e, t) => {
  e = new V(e), t = new V(t), e.alpha() < 1 && (e = ts(t, e, e.alpha(), "rgb"));
  const n = $c(...e.rgb()), s = $c(...t.rgb()), i = n >= vi ? n : n + Math.pow(vi - n, Fc), o = s >= vi ? s : s + Math.pow(vi - s, Fc), r = Math.pow(o, 0.56) - Math.pow(i, 0.57), a = Math.pow(o, 0.65) - Math.pow(i, 0.62), l = Math.abs(o - i) < C1 ? 0 : i < o ? r * Lc : a * Lc;
  return (Math.abs(l) < P1 ? 0 : l > 0 ? l - Rc : l + Rc) * 100;
};
function $c(e, t, n) {
  return 0.2126729 * Math.pow(e / 255, 2.4) + 0.7151522 * Math.pow(t / 255, 2.4) + 0.072175 * Math.pow(n / 255, 2.4);
}
const { sqrt: $e, pow: vt, min: A1, max: V1, atan2: Bc, abs: jc, cos: wi, sin: Hc, exp: I1, PI: zc } = Math;
function R1(e, t, n = 1, s = 1, i = 1) {
  var o = function(kt) {
    return 360 * kt / (2 * zc);
  }, r = function(kt) {
    return 2 * zc * kt / 360;
  };
  e = new V(e), t = new V(t);
  const [a, l, c] = Array.from(e.lab()), [f, u, h] = Array.from(t.lab()), d = (a + f) / 2, g = $e(vt(l, 2) + vt(c, 2)), m = $e(vt(u, 2) + vt(h, 2)), b = (g + m) / 2, y = 0.5 * (1 - $e(vt(b, 7) / (vt(b, 7) + vt(25, 7)))), N = l * (1 + y), D = u * (1 + y), P = $e(vt(N, 2) + vt(c, 2)), w = $e(vt(D, 2) + vt(h, 2)), S = (P + w) / 2, v = o(Bc(c, N)), O = o(Bc(h, D)), M = v >= 0 ? v : v + 360, L = O >= 0 ? O : O + 360, H = jc(M - L) > 180 ? (M + L + 360) / 2 : (M + L) / 2, j = 1 - 0.17 * wi(r(H - 30)) + 0.24 * wi(r(2 * H)) + 0.32 * wi(r(3 * H + 6)) - 0.2 * wi(r(4 * H - 63));
  let tt = L - M;
  tt = jc(tt) <= 180 ? tt : L <= M ? tt + 360 : tt - 360, tt = 2 * $e(P * w) * Hc(r(tt) / 2);
  const Ot = f - a, it = w - P, st = 1 + 0.015 * vt(d - 50, 2) / $e(20 + vt(d - 50, 2)), W = 1 + 0.045 * S, X = 1 + 0.015 * S * j, Pt = 30 * I1(-vt((H - 275) / 25, 2)), ne = -(2 * $e(vt(S, 7) / (vt(S, 7) + vt(25, 7)))) * Hc(2 * r(Pt)), Lt = $e(
    vt(Ot / (n * st), 2) + vt(it / (s * W), 2) + vt(tt / (i * X), 2) + ne * (it / (s * W)) * (tt / (i * X))
  );
  return V1(0, A1(100, Lt));
}
function L1(e, t, n = "lab") {
  e = new V(e), t = new V(t);
  const s = e.get(n), i = t.get(n);
  let o = 0;
  for (let r in s) {
    const a = (s[r] || 0) - (i[r] || 0);
    o += a * a;
  }
  return Math.sqrt(o);
}
const F1 = (...e) => {
  try {
    return new V(...e), !0;
  } catch {
    return !1;
  }
}, $1 = {
  cool() {
    return oo([J.hsl(180, 1, 0.9), J.hsl(250, 0.7, 0.4)]);
  },
  hot() {
    return oo(["#000", "#f00", "#ff0", "#fff"]).mode(
      "rgb"
    );
  }
}, Vr = {
  // sequential
  OrRd: ["#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"],
  PuBu: ["#fff7fb", "#ece7f2", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#045a8d", "#023858"],
  BuPu: ["#f7fcfd", "#e0ecf4", "#bfd3e6", "#9ebcda", "#8c96c6", "#8c6bb1", "#88419d", "#810f7c", "#4d004b"],
  Oranges: ["#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603", "#7f2704"],
  BuGn: ["#f7fcfd", "#e5f5f9", "#ccece6", "#99d8c9", "#66c2a4", "#41ae76", "#238b45", "#006d2c", "#00441b"],
  YlOrBr: ["#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#662506"],
  YlGn: ["#ffffe5", "#f7fcb9", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d", "#238443", "#006837", "#004529"],
  Reds: ["#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d"],
  RdPu: ["#fff7f3", "#fde0dd", "#fcc5c0", "#fa9fb5", "#f768a1", "#dd3497", "#ae017e", "#7a0177", "#49006a"],
  Greens: ["#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"],
  YlGnBu: ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"],
  Purples: ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"],
  GnBu: ["#f7fcf0", "#e0f3db", "#ccebc5", "#a8ddb5", "#7bccc4", "#4eb3d3", "#2b8cbe", "#0868ac", "#084081"],
  Greys: ["#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525", "#000000"],
  YlOrRd: ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"],
  PuRd: ["#f7f4f9", "#e7e1ef", "#d4b9da", "#c994c7", "#df65b0", "#e7298a", "#ce1256", "#980043", "#67001f"],
  Blues: ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
  PuBuGn: ["#fff7fb", "#ece2f0", "#d0d1e6", "#a6bddb", "#67a9cf", "#3690c0", "#02818a", "#016c59", "#014636"],
  Viridis: ["#440154", "#482777", "#3f4a8a", "#31678e", "#26838f", "#1f9d8a", "#6cce5a", "#b6de2b", "#fee825"],
  // diverging
  Spectral: ["#9e0142", "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#e6f598", "#abdda4", "#66c2a5", "#3288bd", "#5e4fa2"],
  RdYlGn: ["#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850", "#006837"],
  RdBu: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"],
  PiYG: ["#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#f7f7f7", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419"],
  PRGn: ["#40004b", "#762a83", "#9970ab", "#c2a5cf", "#e7d4e8", "#f7f7f7", "#d9f0d3", "#a6dba0", "#5aae61", "#1b7837", "#00441b"],
  RdYlBu: ["#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4", "#313695"],
  BrBG: ["#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e", "#003c30"],
  RdGy: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#ffffff", "#e0e0e0", "#bababa", "#878787", "#4d4d4d", "#1a1a1a"],
  PuOr: ["#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b"],
  // qualitative
  Set2: ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"],
  Accent: ["#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666"],
  Set1: ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999"],
  Set3: ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"],
  Dark2: ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"],
  Paired: ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"],
  Pastel2: ["#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae", "#f1e2cc", "#cccccc"],
  Pastel1: ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec", "#f2f2f2"]
}, ph = Object.keys(Vr), Wc = new Map(ph.map((e) => [e.toLowerCase(), e])), B1 = typeof Proxy == "function" ? new Proxy(Vr, {
  get(e, t) {
    const n = t.toLowerCase();
    if (Wc.has(n))
      return e[Wc.get(n)];
  },
  getOwnPropertyNames() {
    return Object.getOwnPropertyNames(ph);
  }
}) : Vr, j1 = (...e) => {
  e = Z(e, "cmyk");
  const [t, n, s, i] = e, o = e.length > 4 ? e[4] : 1;
  return i === 1 ? [0, 0, 0, o] : [
    t >= 1 ? 0 : 255 * (1 - t) * (1 - i),
    // r
    n >= 1 ? 0 : 255 * (1 - n) * (1 - i),
    // g
    s >= 1 ? 0 : 255 * (1 - s) * (1 - i),
    // b
    o
  ];
}, { max: Uc } = Math, H1 = (...e) => {
  let [t, n, s] = Z(e, "rgb");
  t = t / 255, n = n / 255, s = s / 255;
  const i = 1 - Uc(t, Uc(n, s)), o = i < 1 ? 1 / (1 - i) : 0, r = (1 - t - i) * o, a = (1 - n - i) * o, l = (1 - s - i) * o;
  return [r, a, l, i];
};
V.prototype.cmyk = function() {
  return H1(this._rgb);
};
const z1 = (...e) => new V(...e, "cmyk");
Object.assign(J, { cmyk: z1 });
G.format.cmyk = j1;
G.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = Z(e, "cmyk"), nt(e) === "array" && e.length === 4)
      return "cmyk";
  }
});
const W1 = (...e) => {
  const t = Z(e, "hsla");
  let n = ss(e) || "lsa";
  return t[0] = re(t[0] || 0) + "deg", t[1] = re(t[1] * 100) + "%", t[2] = re(t[2] * 100) + "%", n === "hsla" || t.length > 3 && t[3] < 1 ? (t[3] = "/ " + (t.length > 3 ? t[3] : 1), n = "hsla") : t.length = 3, `${n.substr(0, 3)}(${t.join(" ")})`;
}, U1 = (...e) => {
  const t = Z(e, "lab");
  let n = ss(e) || "lab";
  return t[0] = re(t[0]) + "%", t[1] = re(t[1]), t[2] = re(t[2]), n === "laba" || t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `lab(${t.join(" ")})`;
}, Y1 = (...e) => {
  const t = Z(e, "lch");
  let n = ss(e) || "lab";
  return t[0] = re(t[0]) + "%", t[1] = re(t[1]), t[2] = isNaN(t[2]) ? "none" : re(t[2]) + "deg", n === "lcha" || t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `lch(${t.join(" ")})`;
}, K1 = (...e) => {
  const t = Z(e, "lab");
  return t[0] = re(t[0] * 100) + "%", t[1] = Tr(t[1]), t[2] = Tr(t[2]), t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `oklab(${t.join(" ")})`;
}, gh = (...e) => {
  const [t, n, s, ...i] = Z(e, "rgb"), [o, r, a] = Oa(t, n, s), [l, c, f] = lh(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
}, q1 = (...e) => {
  const t = Z(e, "lch");
  return t[0] = re(t[0] * 100) + "%", t[1] = Tr(t[1]), t[2] = isNaN(t[2]) ? "none" : re(t[2]) + "deg", t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `oklch(${t.join(" ")})`;
}, { round: nr } = Math, X1 = (...e) => {
  const t = Z(e, "rgba");
  let n = ss(e) || "rgb";
  if (n.substr(0, 3) === "hsl")
    return W1(fh(t), n);
  if (n.substr(0, 3) === "lab") {
    const s = Ws();
    Ye("d50");
    const i = U1(xa(t), n);
    return Ye(s), i;
  }
  if (n.substr(0, 3) === "lch") {
    const s = Ws();
    Ye("d50");
    const i = Y1(wa(t), n);
    return Ye(s), i;
  }
  return n.substr(0, 5) === "oklab" ? K1(Oa(t)) : n.substr(0, 5) === "oklch" ? q1(gh(t)) : (t[0] = nr(t[0]), t[1] = nr(t[1]), t[2] = nr(t[2]), (n === "rgba" || t.length > 3 && t[3] < 1) && (t[3] = "/ " + (t.length > 3 ? t[3] : 1), n = "rgba"), `${n.substr(0, 3)}(${t.slice(0, n === "rgb" ? 3 : 4).join(" ")})`);
}, mh = (...e) => {
  e = Z(e, "lch");
  const [t, n, s, ...i] = e, [o, r, a] = ah(t, n, s), [l, c, f] = Ea(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
}, Ke = /((?:-?\d+)|(?:-?\d+(?:\.\d+)?)%|none)/.source, ge = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)%?)|none)/.source, ro = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)%)|none)/.source, ae = /\s*/.source, os = /\s+/.source, Na = /\s*,\s*/.source, Oo = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)(?:deg)?)|none)/.source, rs = /\s*(?:\/\s*((?:[01]|[01]?\.\d+)|\d+(?:\.\d+)?%))?/.source, bh = new RegExp(
  "^rgba?\\(" + ae + [Ke, Ke, Ke].join(os) + rs + "\\)$"
), _h = new RegExp(
  "^rgb\\(" + ae + [Ke, Ke, Ke].join(Na) + ae + "\\)$"
), yh = new RegExp(
  "^rgba\\(" + ae + [Ke, Ke, Ke, ge].join(Na) + ae + "\\)$"
), xh = new RegExp(
  "^hsla?\\(" + ae + [Oo, ro, ro].join(os) + rs + "\\)$"
), vh = new RegExp(
  "^hsl?\\(" + ae + [Oo, ro, ro].join(Na) + ae + "\\)$"
), wh = /^hsla\(\s*(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)%\s*,\s*(-?\d+(?:\.\d+)?)%\s*,\s*([01]|[01]?\.\d+)\)$/, Eh = new RegExp(
  "^lab\\(" + ae + [ge, ge, ge].join(os) + rs + "\\)$"
), Oh = new RegExp(
  "^lch\\(" + ae + [ge, ge, Oo].join(os) + rs + "\\)$"
), Nh = new RegExp(
  "^oklab\\(" + ae + [ge, ge, ge].join(os) + rs + "\\)$"
), Sh = new RegExp(
  "^oklch\\(" + ae + [ge, ge, Oo].join(os) + rs + "\\)$"
), { round: Mh } = Math, Wn = (e) => e.map((t, n) => n <= 2 ? An(Mh(t), 0, 255) : t), wt = (e, t = 0, n = 100, s = !1) => (typeof e == "string" && e.endsWith("%") && (e = parseFloat(e.substring(0, e.length - 1)) / 100, s ? e = t + (e + 1) * 0.5 * (n - t) : e = t + e * (n - t)), +e), $t = (e, t) => e === "none" ? t : e, Sa = (e) => {
  if (e = e.toLowerCase().trim(), e === "transparent")
    return [0, 0, 0, 0];
  let t;
  if (G.format.named)
    try {
      return G.format.named(e);
    } catch {
    }
  if ((t = e.match(bh)) || (t = e.match(_h))) {
    let n = t.slice(1, 4);
    for (let i = 0; i < 3; i++)
      n[i] = +wt($t(n[i], 0), 0, 255);
    n = Wn(n);
    const s = t[4] !== void 0 ? +wt(t[4], 0, 1) : 1;
    return n[3] = s, n;
  }
  if (t = e.match(yh)) {
    const n = t.slice(1, 5);
    for (let s = 0; s < 4; s++)
      n[s] = +wt(n[s], 0, 255);
    return n;
  }
  if ((t = e.match(xh)) || (t = e.match(vh))) {
    const n = t.slice(1, 4);
    n[0] = +$t(n[0].replace("deg", ""), 0), n[1] = +wt($t(n[1], 0), 0, 100) * 0.01, n[2] = +wt($t(n[2], 0), 0, 100) * 0.01;
    const s = Wn(Ar(n)), i = t[4] !== void 0 ? +wt(t[4], 0, 1) : 1;
    return s[3] = i, s;
  }
  if (t = e.match(wh)) {
    const n = t.slice(1, 4);
    n[1] *= 0.01, n[2] *= 0.01;
    const s = Ar(n);
    for (let i = 0; i < 3; i++)
      s[i] = Mh(s[i]);
    return s[3] = +t[4], s;
  }
  if (t = e.match(Eh)) {
    const n = t.slice(1, 4);
    n[0] = wt($t(n[0], 0), 0, 100), n[1] = wt($t(n[1], 0), -125, 125, !0), n[2] = wt($t(n[2], 0), -125, 125, !0);
    const s = Ws();
    Ye("d50");
    const i = Wn(ya(n));
    Ye(s);
    const o = t[4] !== void 0 ? +wt(t[4], 0, 1) : 1;
    return i[3] = o, i;
  }
  if (t = e.match(Oh)) {
    const n = t.slice(1, 4);
    n[0] = wt(n[0], 0, 100), n[1] = wt($t(n[1], 0), 0, 150, !1), n[2] = +$t(n[2].replace("deg", ""), 0);
    const s = Ws();
    Ye("d50");
    const i = Wn(va(n));
    Ye(s);
    const o = t[4] !== void 0 ? +wt(t[4], 0, 1) : 1;
    return i[3] = o, i;
  }
  if (t = e.match(Nh)) {
    const n = t.slice(1, 4);
    n[0] = wt($t(n[0], 0), 0, 1), n[1] = wt($t(n[1], 0), -0.4, 0.4, !0), n[2] = wt($t(n[2], 0), -0.4, 0.4, !0);
    const s = Wn(Ea(n)), i = t[4] !== void 0 ? +wt(t[4], 0, 1) : 1;
    return s[3] = i, s;
  }
  if (t = e.match(Sh)) {
    const n = t.slice(1, 4);
    n[0] = wt($t(n[0], 0), 0, 1), n[1] = wt($t(n[1], 0), 0, 0.4, !1), n[2] = +$t(n[2].replace("deg", ""), 0);
    const s = Wn(mh(n)), i = t[4] !== void 0 ? +wt(t[4], 0, 1) : 1;
    return s[3] = i, s;
  }
};
Sa.test = (e) => (
  // modern
  bh.test(e) || xh.test(e) || Eh.test(e) || Oh.test(e) || Nh.test(e) || Sh.test(e) || // legacy
  _h.test(e) || yh.test(e) || vh.test(e) || wh.test(e) || e === "transparent"
);
V.prototype.css = function(e) {
  return X1(this._rgb, e);
};
const G1 = (...e) => new V(...e, "css");
J.css = G1;
G.format.css = Sa;
G.autodetect.push({
  p: 5,
  test: (e, ...t) => {
    if (!t.length && nt(e) === "string" && Sa.test(e))
      return "css";
  }
});
G.format.gl = (...e) => {
  const t = Z(e, "rgba");
  return t[0] *= 255, t[1] *= 255, t[2] *= 255, t;
};
const Z1 = (...e) => new V(...e, "gl");
J.gl = Z1;
V.prototype.gl = function() {
  const e = this._rgb;
  return [e[0] / 255, e[1] / 255, e[2] / 255, e[3]];
};
V.prototype.hex = function(e) {
  return ih(this._rgb, e);
};
const J1 = (...e) => new V(...e, "hex");
J.hex = J1;
G.format.hex = sh;
G.autodetect.push({
  p: 4,
  test: (e, ...t) => {
    if (!t.length && nt(e) === "string" && [3, 4, 5, 6, 7, 8, 9].indexOf(e.length) >= 0)
      return "hex";
  }
});
const { log: Ei } = Math, kh = (e) => {
  const t = e / 100;
  let n, s, i;
  return t < 66 ? (n = 255, s = t < 6 ? 0 : -155.25485562709179 - 0.44596950469579133 * (s = t - 2) + 104.49216199393888 * Ei(s), i = t < 20 ? 0 : -254.76935184120902 + 0.8274096064007395 * (i = t - 10) + 115.67994401066147 * Ei(i)) : (n = 351.97690566805693 + 0.114206453784165 * (n = t - 55) - 40.25366309332127 * Ei(n), s = 325.4494125711974 + 0.07943456536662342 * (s = t - 50) - 28.0852963507957 * Ei(s), i = 255), [n, s, i, 1];
}, { round: Q1 } = Math, tx = (...e) => {
  const t = Z(e, "rgb"), n = t[0], s = t[2];
  let i = 1e3, o = 4e4;
  const r = 0.4;
  let a;
  for (; o - i > r; ) {
    a = (o + i) * 0.5;
    const l = kh(a);
    l[2] / l[0] >= s / n ? o = a : i = a;
  }
  return Q1(a);
};
V.prototype.temp = V.prototype.kelvin = V.prototype.temperature = function() {
  return tx(this._rgb);
};
const sr = (...e) => new V(...e, "temp");
Object.assign(J, { temp: sr, kelvin: sr, temperature: sr });
G.format.temp = G.format.kelvin = G.format.temperature = kh;
V.prototype.oklch = function() {
  return gh(this._rgb);
};
const ex = (...e) => new V(...e, "oklch");
Object.assign(J, { oklch: ex });
G.format.oklch = mh;
G.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = Z(e, "oklch"), nt(e) === "array" && e.length === 3)
      return "oklch";
  }
});
Object.assign(J, {
  analyze: hh,
  average: n1,
  bezier: l1,
  blend: me,
  brewer: B1,
  Color: V,
  colors: Qn,
  contrast: D1,
  contrastAPCA: T1,
  cubehelix: v1,
  deltaE: R1,
  distance: L1,
  input: G,
  interpolate: ts,
  limits: dh,
  mix: ts,
  random: N1,
  scale: oo,
  scales: $1,
  valid: F1
});
Tt.register(W_, R_, Pr, Cr, Li);
const nx = (e) => e.charAt(0).toUpperCase() + e.slice(1), sx = (e) => isNaN(e) ? e : Number.isInteger(e) ? parseInt(e).toLocaleString("fr-FR") : parseFloat(e).toLocaleString("fr-FR", { maximumFractionDigits: 2 }), ix = () => {
  Tt.defaults.font.family = "Marianne", Tt.defaults.font.size = 12, Tt.defaults.font.lineHeight = 1.66, Tt.defaults.color = "#6b6b6b", Tt.defaults.borderColor = "#cecece";
}, ox = {
  methods: {
    capitalize: nx,
    formatNumber: sx
  }
}, rx = { "dsfr-chart-colors-01": "#5C68E5", "dsfr-chart-colors-02": "#82B5F2", "dsfr-chart-colors-03": "#29598F", "dsfr-chart-colors-04": "#31A7AE", "dsfr-chart-colors-05": "#81EEF5", "dsfr-chart-colors-06": "#B478F1", "dsfr-chart-colors-07": "#CFB1F5", "dsfr-chart-colors-08": "#CECECE", "dsfr-chart-colors-09": "#DBDAFF", "dsfr-chart-colors-10": "#00005F", "dsfr-chart-colors-11": "#298641", "dsfr-chart-colors-12": "#79D289", "dsfr-chart-colors-13": "#EFB900", "dsfr-chart-colors-14": "#FFA373", "dsfr-chart-colors-15": "#E91719", "dsfr-chart-colors-default": "#5C68E5", "dsfr-chart-colors-neutral": "#B1B1B1" }, ax = { "dsfr-chart-colors-01": "#5C68E5", "dsfr-chart-colors-02": "#699BD6", "dsfr-chart-colors-03": "#4878B1", "dsfr-chart-colors-04": "#00828A", "dsfr-chart-colors-05": "#51C1C8", "dsfr-chart-colors-06": "#BC8AF2", "dsfr-chart-colors-07": "#CFB1F5", "dsfr-chart-colors-08": "#A4A4A4", "dsfr-chart-colors-09": "#B8B9FF", "dsfr-chart-colors-10": "#3647CA", "dsfr-chart-colors-11": "#298641", "dsfr-chart-colors-12": "#449D57", "dsfr-chart-colors-13": "#AF8800", "dsfr-chart-colors-14": "#FFA373", "dsfr-chart-colors-15": "#E16834", "dsfr-chart-colors-default": "#5C68E5", "dsfr-chart-colors-neutral": "#808080" }, Yc = {
  light: rx,
  dark: ax
};
function Ln() {
  const e = document.documentElement.getAttribute("data-fr-theme") || "light";
  return Yc[e] || Yc.light;
}
function Ir() {
  const e = Ln();
  return [
    e["dsfr-chart-colors-01"],
    e["dsfr-chart-colors-02"],
    e["dsfr-chart-colors-03"],
    e["dsfr-chart-colors-04"],
    e["dsfr-chart-colors-05"],
    e["dsfr-chart-colors-06"],
    e["dsfr-chart-colors-07"],
    e["dsfr-chart-colors-08"]
  ];
}
function lx() {
  const e = Ln();
  return J.scale([
    e["dsfr-chart-colors-09"],
    e["dsfr-chart-colors-10"]
  ]).colors(10);
}
function cx() {
  const e = Ln();
  return J.scale([
    e["dsfr-chart-colors-10"],
    e["dsfr-chart-colors-09"]
  ]).colors(10);
}
function fx() {
  const e = Ln();
  return J.scale([
    e["dsfr-chart-colors-11"],
    e["dsfr-chart-colors-13"],
    e["dsfr-chart-colors-15"]
  ]).colors(4);
}
function ux() {
  const e = Ln();
  return J.scale([
    e["dsfr-chart-colors-15"],
    e["dsfr-chart-colors-13"],
    e["dsfr-chart-colors-11"]
  ]).colors(4);
}
function hx(e, t = Ir()) {
  return t[e % t.length];
}
function dx() {
  return Ln()["dsfr-chart-colors-default"];
}
function Rr() {
  return Ln()["dsfr-chart-colors-neutral"];
}
function px(e) {
  switch (e) {
    case "default":
      return [dx()];
    case "neutral":
      return [Rr()];
    case "categorical":
      return Ir();
    case "sequentialAscending":
      return lx();
    case "sequentialDescending":
      return cx();
    case "divergentAscending":
      return fx();
    case "divergentDescending":
      return ux();
    default:
      return Ir();
  }
}
const gx = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [s, i] of t)
    n[s] = i;
  return n;
};
Tt.register(Vi, sn);
const mx = {
  name: "LineChart",
  mixins: [ox],
  props: {
    databoxId: {
      type: String,
      default: null
    },
    databoxType: {
      type: String,
      default: null
    },
    databoxSource: {
      type: String,
      default: "default"
    },
    x: {
      type: String,
      required: !0
    },
    y: {
      type: String,
      required: !0
    },
    xMin: {
      type: [Number, String],
      default: ""
    },
    xMax: {
      type: [Number, String],
      default: ""
    },
    yMin: {
      type: [Number, String],
      default: ""
    },
    yMax: {
      type: [Number, String],
      default: ""
    },
    name: {
      type: String,
      default: ""
    },
    vline: {
      type: String,
      default: ""
    },
    vlinecolor: {
      type: String,
      default: ""
    },
    vlinename: {
      type: String,
      default: ""
    },
    hline: {
      type: String,
      default: ""
    },
    hlinecolor: {
      type: String,
      default: ""
    },
    hlinename: {
      type: String,
      default: ""
    },
    date: {
      type: String,
      default: ""
    },
    aspectRatio: {
      type: [Number, String],
      default: 2
    },
    formatDate: {
      type: [Boolean, String],
      default: !1
    },
    selectedPalette: {
      type: String,
      default: ""
    },
    unitTooltip: {
      type: String,
      default: ""
    }
  },
  data() {
    return this.chart = void 0, {
      widgetId: "",
      chartId: "",
      display: "",
      datasets: [],
      xAxisType: "category",
      labels: [],
      xparse: [],
      yparse: [],
      nameParse: [],
      tmpColorParse: [],
      colorParse: [],
      vlineParse: [],
      vlineColorParse: [],
      tmpVlineColorParse: [],
      vlineNameParse: [],
      hlineParse: [],
      hlineColorParse: [],
      tmpHlineColorParse: [],
      hlineNameParse: [],
      colorHover: []
    };
  },
  created() {
    ix(), this.chartId = "dsfr-chart-" + Math.floor(Math.random() * 1e3), this.widgetId = "dsfr-widget-" + Math.floor(Math.random() * 1e3);
  },
  mounted() {
    this.resetData(), this.createChart(), this.display = this.$refs[this.widgetId].offsetWidth > 486 ? "big" : "small", document.documentElement.addEventListener("dsfr.theme", (t) => {
      this.chartId !== "" && this.changeColors(t.detail.theme);
    });
  },
  methods: {
    resetData() {
      this.chart && this.chart.destroy(), this.display = "", this.datasets = [], this.xAxisType = "", this.labels = [], this.xparse = [], this.yparse = [], this.nameParse = [], this.tmpColorParse = [], this.colorParse = [], this.vlineParse = [], this.vlineColorParse = [], this.tmpVlineColorParse = [], this.vlineNameParse = [], this.hlineParse = [], this.hlineColorParse = [], this.tmpHlineColorParse = [], this.hlineNameParse = [], this.colorHover = [];
    },
    getData() {
      try {
        this.xparse = JSON.parse(this.x), this.yparse = JSON.parse(this.y);
      } catch (n) {
        console.error("Erreur lors du parsing des données x ou y:", n);
        return;
      }
      let e = [];
      if (this.name)
        try {
          e = JSON.parse(this.name);
        } catch (n) {
          console.error("Erreur lors du parsing de name:", n);
        }
      for (let n = 0; n < this.yparse.length; n++)
        e[n] ? this.nameParse.push(e[n]) : this.nameParse.push("Série " + (n + 1));
      if (this.vline) {
        this.vlineParse = JSON.parse(this.vline);
        let n = [];
        this.vlinename && (n = JSON.parse(this.vlinename)), this.vlinecolor && (this.tmpVlineColorParse = JSON.parse(this.vlinecolor));
        for (let s = 0; s < this.vlineParse.length; s++)
          n[s] ? this.vlineNameParse.push(n[s]) : this.vlineNameParse.push("V" + (s + 1));
      }
      if (this.hline) {
        this.hlineParse = JSON.parse(this.hline);
        let n = [];
        this.hlinename && (n = JSON.parse(this.hlinename)), this.hlinecolor && (this.tmpHlineColorParse = JSON.parse(this.hlinecolor));
        for (let s = 0; s < this.hlineParse.length; s++)
          n[s] ? this.hlineNameParse.push(n[s]) : this.hlineNameParse.push("H" + (s + 1));
      }
      let t = [];
      typeof this.xparse[0][0] == "number" ? (this.xparse.forEach((n, s) => {
        const i = [];
        n.map((r) => r).sort((r, a) => r - a).forEach((r) => {
          const a = n.findIndex((l) => l === r);
          i.push({
            x: r,
            y: this.yparse[s][a]
          });
        }), t.push(i);
      }), this.labels = [], this.xAxisType = "linear") : (t = this.yparse, this.labels = this.xparse[0], this.xAxisType = "category"), this.loadColors(), this.datasets = t.map((n, s) => ({
        data: n,
        fill: !1,
        borderColor: this.colorParse[s],
        pointRadius: 5,
        pointHoverRadius: 5,
        pointBackgroundColor: this.colorParse[s],
        pointBorderColor: this.colorParse[s],
        pointHoverBackgroundColor: this.colorHover[s],
        pointHoverBorderColor: this.colorHover[s],
        borderWidth: 2,
        tension: 0.4
      }));
    },
    loadColors() {
      this.colorParse = [], this.colorHover = [];
      const e = this.choosePalette();
      for (let t = 0; t < this.yparse.length; t++)
        if (this.tmpColorParse[t]) {
          const n = this.tmpColorParse[t];
          this.colorParse.push(n), this.colorHover.push(J(n).brighten(0.5).hex());
        } else {
          const n = hx(t, e);
          this.colorParse.push(n), this.colorHover.push(J(n).brighten(0.5).hex());
        }
      this.vlineColorParse = [];
      for (let t = 0; t < this.vlineParse.length; t++)
        this.tmpVlineColorParse[t] ? this.vlineColorParse.push(this.tmpVlineColorParse[t]) : this.vlineColorParse.push(Rr());
      this.hlineColorParse = [];
      for (let t = 0; t < this.hlineParse.length; t++)
        this.tmpHlineColorParse[t] ? this.hlineColorParse.push(this.tmpHlineColorParse[t]) : this.hlineColorParse.push(Rr());
    },
    choosePalette() {
      return px(this.selectedPalette);
    },
    changeColors(e) {
      this.loadColors(), this.chart.data.datasets.forEach((t, n) => {
        t.borderColor = this.colorParse[n], t.backgroundColor = this.colorParse[n], t.pointBorderColor = this.colorParse[n], t.pointBackgroundColor = this.colorParse[n], t.hoverBorderColor = this.colorHover[n], t.hoverBackgroundColor = this.colorHover[n], t.pointHoverBorderColor = this.colorHover[n], t.pointHoverBackgroundColor = this.colorHover[n];
      }), this.chart.options.scales.x.ticks.color = e === "dark" ? "#cecece" : Tt.defaults.color, this.chart.options.scales.y.ticks.color = e === "dark" ? "#cecece" : Tt.defaults.color, this.chart.update("none");
    },
    createChart() {
      this.chart && this.chart.destroy(), this.getData();
      const e = this.$refs[this.chartId].getContext("2d");
      this.chart = new Tt(e, {
        type: "line",
        data: {
          labels: this.labels,
          datasets: this.datasets
        },
        plugins: [
          {
            afterDraw: (t) => {
              var n, s;
              if ((n = t.tooltip) != null && n._active && ((s = t.tooltip) != null && s._active.length)) {
                const { ctx: i } = t, o = t.tooltip.getActiveElements()[0].element.tooltipPosition().x, r = t.tooltip._active[0].index;
                i.save(), i.beginPath(), i.moveTo(o, t.scales.y.top), i.lineTo(o, t.scales.y.bottom), i.lineWidth = 1, i.strokeStyle = this.colorPrecisionBar, i.setLineDash([10, 5]), i.stroke(), i.restore(), this.yparse.forEach((a) => {
                  let l = t.scales.y.getPixelForValue(a[r]);
                  i.save(), i.beginPath(), i.moveTo(t.scales.x.left, l), i.lineTo(t.scales.x.right, l), i.lineWidth = 1, i.strokeStyle = this.colorPrecisionBar, i.setLineDash([10, 5]), i.stroke(), i.restore();
                });
              }
            }
          }
        ],
        options: {
          aspectRatio: this.aspectRatio,
          scales: {
            x: {
              offset: !0,
              type: this.xAxisType,
              grid: {
                drawOnChartArea: !1
              },
              ticks: {
                padding: 10
              },
              ...this.xMin ? { suggestedMin: this.xMin } : {},
              ...this.xMax ? { suggestedMax: this.xMax } : {}
            },
            y: {
              grid: {
                drawTicks: !1
              },
              border: {
                dash: [3]
              },
              ticks: {
                padding: 5,
                maxTicksLimit: 5,
                callback: (t) => t >= 1e9 || t <= -1e9 ? t / 1e9 + "B" : t >= 1e6 || t <= -1e6 ? t / 1e6 + "M" : t >= 1e3 || t <= -1e3 ? t / 1e3 + "K" : t
              },
              ...this.yMin ? { suggestedMin: this.yMin } : {},
              ...this.yMax ? { suggestedMax: this.yMax } : {}
            }
          },
          plugins: {
            legend: {
              display: !1
            },
            tooltip: {
              enabled: !1,
              displayColors: !1,
              backgroundColor: "#6b6b6b",
              callbacks: {
                label: (t) => {
                  const n = [];
                  return this.datasets.forEach((s, i) => {
                    if (this.xAxisType === "linear") {
                      const o = this.xparse[i].indexOf(t.parsed.x);
                      o !== -1 && n.push(this.yparse[i][o]);
                    } else
                      n.push(s.data[t.dataIndex]);
                  }), n;
                },
                title: (t) => t[0].label,
                labelTextColor: () => this.colorParse
              },
              external: (t) => {
                const s = (document.getElementById(this.databoxId + "-" + this.databoxType + "-" + this.databoxSource) || this.$el.nextElementSibling).querySelector(".tooltip"), i = t.tooltip;
                if (!s) return;
                if (!i || i.opacity === 0) {
                  s.style.opacity = 0;
                  return;
                }
                if (s.classList.remove("above", "below", "no-transform"), i.yAlign ? s.classList.add(i.yAlign) : s.classList.add("no-transform"), i.body) {
                  const u = i.title || [], h = i.body.map((m) => m.lines), d = s.querySelector(".tooltip_header.fr-text--sm.fr-mb-0");
                  d.innerHTML = u[0];
                  const g = s.querySelector(".tooltip_value");
                  g.innerHTML = "", h[0].forEach((m, b) => {
                    const y = `${m}${this.unitTooltip ? " " + this.unitTooltip : ""}`;
                    m && (g.innerHTML += `
                        <div class="tooltip_value-content">
                          <span class="tooltip_dot" style="background-color:${this.colorParse[b]};"></span>
                          <p class="tooltip_place fr-mb-0">${y}</p>
                        </div>
                      `);
                  });
                }
                const { offsetLeft: o, offsetTop: r } = this.chart.canvas, a = Number(this.chart.canvas.style.width.replace(/\D/g, "")), l = Number(this.chart.canvas.style.height.replace(/\D/g, ""));
                let c = o + i.caretX + 10, f = r + i.caretY - 20;
                c + s.clientWidth > o + a && (c = o + i.caretX - s.clientWidth - 10), f + s.clientHeight > r + 0.9 * l && (f = r + i.caretY - s.clientHeight + 20), c < o && (c = o + i.caretX - s.clientWidth / 2, f = r + i.caretY - s.clientHeight - 20), s.style.position = "absolute", s.style.padding = i.padding + "px " + i.padding + "px", s.style.pointerEvents = "none", s.style.left = c + "px", s.style.top = f + "px", s.style.opacity = 1;
              }
            }
          }
        }
      });
    }
  }
}, bx = { class: "fr-col-12" }, _x = { class: "chart" }, yx = { class: "tooltip" }, xx = { class: "tooltip_body" }, vx = { class: "tooltip_value" }, wx = { class: "tooltip_value-content" }, Ex = { class: "tooltip_place" }, Ox = { class: "chart_legend fr-mb-0 fr-mt-4v" }, Nx = { class: "fr-text--sm fr-text--bold fr-ml-1w fr-mb-0" }, Sx = { class: "fr-text--sm fr-text--bold fr-ml-1w fr-mb-0" }, Mx = { class: "fr-text--sm fr-text--bold fr-ml-1w fr-mb-0" }, kx = {
  key: 0,
  class: "flex fr-mt-1w"
}, Dx = { class: "fr-text--xs" };
function Cx(e, t, n, s, i, o) {
  var r;
  return fe(), ou(Wd, {
    disabled: !((r = e.$el) != null && r.ownerDocument.getElementById(n.databoxId)) || !n.databoxId && !n.databoxType && n.databoxSource === "default",
    to: "#" + n.databoxId + "-" + n.databoxType + "-" + n.databoxSource
  }, [
    bt("div", {
      ref: i.widgetId,
      class: "widget_container fr-grid-row"
    }, [
      bt("div", bx, [
        bt("div", _x, [
          bt("div", yx, [
            t[0] || (t[0] = bt("div", { class: "tooltip_header fr-text--sm fr-mb-0" }, null, -1)),
            bt("div", xx, [
              bt("div", vx, [
                (fe(!0), Le(Yt, null, ii(i.nameParse, (a, l) => (fe(), Le("div", {
                  key: l,
                  class: "flex fr-mt-3v fr-mb-1v",
                  style: { "border-bottom": "1px solid #e0e0e0" }
                }, [
                  bt("div", wx, [
                    bt("span", {
                      class: "tooltip_dot",
                      style: ze({ "background-color": i.colorParse[l] })
                    }, null, 4),
                    bt("p", Ex, Un(e.capitalize(a)), 1)
                  ])
                ]))), 128))
              ])
            ])
          ]),
          bt("canvas", { ref: i.chartId }, null, 512),
          bt("div", Ox, [
            (fe(!0), Le(Yt, null, ii(i.nameParse, (a, l) => (fe(), Le("div", {
              key: l,
              class: "flex fr-mt-3v fr-mb-1v"
            }, [
              bt("span", {
                class: "legende_dot",
                style: ze({ "background-color": i.colorParse[l] })
              }, null, 4),
              bt("p", Nx, Un(e.capitalize(a)), 1)
            ]))), 128))
          ]),
          (fe(!0), Le(Yt, null, ii(i.hlineNameParse, (a, l) => (fe(), Le("div", {
            key: l,
            class: "flex fr-mt-3v"
          }, [
            bt("span", {
              class: "legende_dash_line",
              style: ze({ "background-color": i.hlineColorParse[l] })
            }, null, 4),
            bt("span", {
              class: "legende_dash_line legende_dash_line_end",
              style: ze({ "background-color": i.hlineColorParse[l] })
            }, null, 4),
            bt("p", Sx, Un(e.capitalize(a)), 1)
          ]))), 128)),
          (fe(!0), Le(Yt, null, ii(i.vlineNameParse, (a, l) => (fe(), Le("div", {
            key: l,
            class: "flex fr-mt-3v fr-mb-1v"
          }, [
            bt("span", {
              class: "legende_dash_line",
              style: ze({ "background-color": i.vlineColorParse[l] })
            }, null, 4),
            bt("span", {
              class: "legende_dash_line legende_dash_line_end",
              style: ze({ "background-color": i.vlineColorParse[l] })
            }, null, 4),
            bt("p", Mx, Un(e.capitalize(a)), 1)
          ]))), 128)),
          n.date ? (fe(), Le("div", kx, [
            bt("p", Dx, " Mise à jour : " + Un(n.date), 1)
          ])) : Gp("", !0)
        ])
      ])
    ], 512)
  ], 8, ["disabled", "to"]);
}
const Px = /* @__PURE__ */ gx(mx, [["render", Cx]]), Tx = /* @__PURE__ */ Ag(Px);
customElements.define("line-chart", Tx, { shadowRoot: !1 });
