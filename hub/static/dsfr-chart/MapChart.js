var Vh = Object.defineProperty;
var Lh = (t, e, n) => e in t ? Vh(t, e, { enumerable: !0, configurable: !0, writable: !0, value: n }) : t[e] = n;
var le = (t, e, n) => Lh(t, typeof e != "symbol" ? e + "" : e, n);
var Uc = {};
/**
* @vue/shared v3.5.13
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Zt(t) {
  const e = /* @__PURE__ */ Object.create(null);
  for (const n of t.split(",")) e[n] = 1;
  return (n) => n in e;
}
const de = Uc.NODE_ENV !== "production" ? Object.freeze({}) : {}, ni = Uc.NODE_ENV !== "production" ? Object.freeze([]) : [], Ne = () => {
}, Ih = () => !1, ss = (t) => t.charCodeAt(0) === 111 && t.charCodeAt(1) === 110 && // uppercase letter
(t.charCodeAt(2) > 122 || t.charCodeAt(2) < 97), so = (t) => t.startsWith("onUpdate:"), we = Object.assign, dr = (t, e) => {
  const n = t.indexOf(e);
  n > -1 && t.splice(n, 1);
}, $h = Object.prototype.hasOwnProperty, ae = (t, e) => $h.call(t, e), Y = Array.isArray, Rn = (t) => To(t) === "[object Map]", Yc = (t) => To(t) === "[object Set]", Z = (t) => typeof t == "function", ke = (t) => typeof t == "string", gn = (t) => typeof t == "symbol", ve = (t) => t !== null && typeof t == "object", pr = (t) => (ve(t) || Z(t)) && Z(t.then) && Z(t.catch), Kc = Object.prototype.toString, To = (t) => Kc.call(t), gr = (t) => To(t).slice(8, -1), Vo = (t) => To(t) === "[object Object]", mr = (t) => ke(t) && t !== "NaN" && t[0] !== "-" && "" + parseInt(t, 10) === t, Vi = /* @__PURE__ */ Zt(
  // the leading comma is intentional so empty string "" is also included
  ",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"
), zh = /* @__PURE__ */ Zt(
  "bind,cloak,else-if,else,for,html,if,model,on,once,pre,show,slot,text,memo"
), Lo = (t) => {
  const e = /* @__PURE__ */ Object.create(null);
  return (n) => e[n] || (e[n] = t(n));
}, Bh = /-(\w)/g, Pe = Lo(
  (t) => t.replace(Bh, (e, n) => n ? n.toUpperCase() : "")
), Hh = /\B([A-Z])/g, et = Lo(
  (t) => t.replace(Hh, "-$1").toLowerCase()
), zn = Lo((t) => t.charAt(0).toUpperCase() + t.slice(1)), Dn = Lo(
  (t) => t ? `on${zn(t)}` : ""
), Fn = (t, e) => !Object.is(t, e), xi = (t, ...e) => {
  for (let n = 0; n < t.length; n++)
    t[n](...e);
}, oo = (t, e, n, i = !1) => {
  Object.defineProperty(t, e, {
    configurable: !0,
    enumerable: !1,
    writable: i,
    value: n
  });
}, jh = (t) => {
  const e = parseFloat(t);
  return isNaN(e) ? t : e;
}, ha = (t) => {
  const e = ke(t) ? Number(t) : NaN;
  return isNaN(e) ? t : e;
};
let da;
const os = () => da || (da = typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {});
function D(t) {
  if (Y(t)) {
    const e = {};
    for (let n = 0; n < t.length; n++) {
      const i = t[n], o = ke(i) ? Uh(i) : D(i);
      if (o)
        for (const l in o)
          e[l] = o[l];
    }
    return e;
  } else if (ke(t) || ve(t))
    return t;
}
const Wh = /;(?![^(]*\))/g, Gh = /:([^]+)/, qh = /\/\*[^]*?\*\//g;
function Uh(t) {
  const e = {};
  return t.replace(qh, "").split(Wh).forEach((n) => {
    if (n) {
      const i = n.split(Gh);
      i.length > 1 && (e[i[0].trim()] = i[1].trim());
    }
  }), e;
}
function vr(t) {
  let e = "";
  if (ke(t))
    e = t;
  else if (Y(t))
    for (let n = 0; n < t.length; n++) {
      const i = vr(t[n]);
      i && (e += i + " ");
    }
  else if (ve(t))
    for (const n in t)
      t[n] && (e += n + " ");
  return e.trim();
}
const Yh = "html,body,base,head,link,meta,style,title,address,article,aside,footer,header,hgroup,h1,h2,h3,h4,h5,h6,nav,section,div,dd,dl,dt,figcaption,figure,picture,hr,img,li,main,ol,p,pre,ul,a,b,abbr,bdi,bdo,br,cite,code,data,dfn,em,i,kbd,mark,q,rp,rt,ruby,s,samp,small,span,strong,sub,sup,time,u,var,wbr,area,audio,map,track,video,embed,object,param,source,canvas,script,noscript,del,ins,caption,col,colgroup,table,thead,tbody,td,th,tr,button,datalist,fieldset,form,input,label,legend,meter,optgroup,option,output,progress,select,textarea,details,dialog,menu,summary,template,blockquote,iframe,tfoot", Kh = "svg,animate,animateMotion,animateTransform,circle,clipPath,color-profile,defs,desc,discard,ellipse,feBlend,feColorMatrix,feComponentTransfer,feComposite,feConvolveMatrix,feDiffuseLighting,feDisplacementMap,feDistantLight,feDropShadow,feFlood,feFuncA,feFuncB,feFuncG,feFuncR,feGaussianBlur,feImage,feMerge,feMergeNode,feMorphology,feOffset,fePointLight,feSpecularLighting,feSpotLight,feTile,feTurbulence,filter,foreignObject,g,hatch,hatchpath,image,line,linearGradient,marker,mask,mesh,meshgradient,meshpatch,meshrow,metadata,mpath,path,pattern,polygon,polyline,radialGradient,rect,set,solidcolor,stop,switch,symbol,text,textPath,title,tspan,unknown,use,view", Xh = "annotation,annotation-xml,maction,maligngroup,malignmark,math,menclose,merror,mfenced,mfrac,mfraction,mglyph,mi,mlabeledtr,mlongdiv,mmultiscripts,mn,mo,mover,mpadded,mphantom,mprescripts,mroot,mrow,ms,mscarries,mscarry,msgroup,msline,mspace,msqrt,msrow,mstack,mstyle,msub,msubsup,msup,mtable,mtd,mtext,mtr,munder,munderover,none,semantics", Zh = /* @__PURE__ */ Zt(Yh), Qh = /* @__PURE__ */ Zt(Kh), Jh = /* @__PURE__ */ Zt(Xh), ed = "itemscope,allowfullscreen,formnovalidate,ismap,nomodule,novalidate,readonly", td = /* @__PURE__ */ Zt(ed);
function Xc(t) {
  return !!t || t === "";
}
const Zc = (t) => !!(t && t.__v_isRef === !0), lt = (t) => ke(t) ? t : t == null ? "" : Y(t) || ve(t) && (t.toString === Kc || !Z(t.toString)) ? Zc(t) ? lt(t.value) : JSON.stringify(t, Qc, 2) : String(t), Qc = (t, e) => Zc(e) ? Qc(t, e.value) : Rn(e) ? {
  [`Map(${e.size})`]: [...e.entries()].reduce(
    (n, [i, o], l) => (n[Zo(i, l) + " =>"] = o, n),
    {}
  )
} : Yc(e) ? {
  [`Set(${e.size})`]: [...e.values()].map((n) => Zo(n))
} : gn(e) ? Zo(e) : ve(e) && !Y(e) && !Vo(e) ? String(e) : e, Zo = (t, e = "") => {
  var n;
  return (
    // Symbol.description in es2019+ so we need to cast here to pass
    // the lib: es2016 check
    gn(t) ? `Symbol(${(n = t.description) != null ? n : e})` : t
  );
};
var ye = {};
function It(t, ...e) {
  console.warn(`[Vue warn] ${t}`, ...e);
}
let Qe;
class nd {
  constructor(e = !1) {
    this.detached = e, this._active = !0, this.effects = [], this.cleanups = [], this._isPaused = !1, this.parent = Qe, !e && Qe && (this.index = (Qe.scopes || (Qe.scopes = [])).push(
      this
    ) - 1);
  }
  get active() {
    return this._active;
  }
  pause() {
    if (this._active) {
      this._isPaused = !0;
      let e, n;
      if (this.scopes)
        for (e = 0, n = this.scopes.length; e < n; e++)
          this.scopes[e].pause();
      for (e = 0, n = this.effects.length; e < n; e++)
        this.effects[e].pause();
    }
  }
  /**
   * Resumes the effect scope, including all child scopes and effects.
   */
  resume() {
    if (this._active && this._isPaused) {
      this._isPaused = !1;
      let e, n;
      if (this.scopes)
        for (e = 0, n = this.scopes.length; e < n; e++)
          this.scopes[e].resume();
      for (e = 0, n = this.effects.length; e < n; e++)
        this.effects[e].resume();
    }
  }
  run(e) {
    if (this._active) {
      const n = Qe;
      try {
        return Qe = this, e();
      } finally {
        Qe = n;
      }
    } else ye.NODE_ENV !== "production" && It("cannot run an inactive effect scope.");
  }
  /**
   * This should only be called on non-detached scopes
   * @internal
   */
  on() {
    Qe = this;
  }
  /**
   * This should only be called on non-detached scopes
   * @internal
   */
  off() {
    Qe = this.parent;
  }
  stop(e) {
    if (this._active) {
      this._active = !1;
      let n, i;
      for (n = 0, i = this.effects.length; n < i; n++)
        this.effects[n].stop();
      for (this.effects.length = 0, n = 0, i = this.cleanups.length; n < i; n++)
        this.cleanups[n]();
      if (this.cleanups.length = 0, this.scopes) {
        for (n = 0, i = this.scopes.length; n < i; n++)
          this.scopes[n].stop(!0);
        this.scopes.length = 0;
      }
      if (!this.detached && this.parent && !e) {
        const o = this.parent.scopes.pop();
        o && o !== this && (this.parent.scopes[this.index] = o, o.index = this.index);
      }
      this.parent = void 0;
    }
  }
}
function id() {
  return Qe;
}
let fe;
const Qo = /* @__PURE__ */ new WeakSet();
class Jc {
  constructor(e) {
    this.fn = e, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, Qe && Qe.active && Qe.effects.push(this);
  }
  pause() {
    this.flags |= 64;
  }
  resume() {
    this.flags & 64 && (this.flags &= -65, Qo.has(this) && (Qo.delete(this), this.trigger()));
  }
  /**
   * @internal
   */
  notify() {
    this.flags & 2 && !(this.flags & 32) || this.flags & 8 || tf(this);
  }
  run() {
    if (!(this.flags & 1))
      return this.fn();
    this.flags |= 2, pa(this), nf(this);
    const e = fe, n = vt;
    fe = this, vt = !0;
    try {
      return this.fn();
    } finally {
      ye.NODE_ENV !== "production" && fe !== this && It(
        "Active effect was not restored correctly - this is likely a Vue internal bug."
      ), sf(this), fe = e, vt = n, this.flags &= -3;
    }
  }
  stop() {
    if (this.flags & 1) {
      for (let e = this.deps; e; e = e.nextDep)
        kr(e);
      this.deps = this.depsTail = void 0, pa(this), this.onStop && this.onStop(), this.flags &= -2;
    }
  }
  trigger() {
    this.flags & 64 ? Qo.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
  }
  /**
   * @internal
   */
  runIfDirty() {
    Rl(this) && this.run();
  }
  get dirty() {
    return Rl(this);
  }
}
let ef = 0, Li, Ii;
function tf(t, e = !1) {
  if (t.flags |= 8, e) {
    t.next = Ii, Ii = t;
    return;
  }
  t.next = Li, Li = t;
}
function br() {
  ef++;
}
function yr() {
  if (--ef > 0)
    return;
  if (Ii) {
    let e = Ii;
    for (Ii = void 0; e; ) {
      const n = e.next;
      e.next = void 0, e.flags &= -9, e = n;
    }
  }
  let t;
  for (; Li; ) {
    let e = Li;
    for (Li = void 0; e; ) {
      const n = e.next;
      if (e.next = void 0, e.flags &= -9, e.flags & 1)
        try {
          e.trigger();
        } catch (i) {
          t || (t = i);
        }
      e = n;
    }
  }
  if (t) throw t;
}
function nf(t) {
  for (let e = t.deps; e; e = e.nextDep)
    e.version = -1, e.prevActiveLink = e.dep.activeLink, e.dep.activeLink = e;
}
function sf(t) {
  let e, n = t.depsTail, i = n;
  for (; i; ) {
    const o = i.prevDep;
    i.version === -1 ? (i === n && (n = o), kr(i), sd(i)) : e = i, i.dep.activeLink = i.prevActiveLink, i.prevActiveLink = void 0, i = o;
  }
  t.deps = e, t.depsTail = n;
}
function Rl(t) {
  for (let e = t.deps; e; e = e.nextDep)
    if (e.dep.version !== e.version || e.dep.computed && (of(e.dep.computed) || e.dep.version !== e.version))
      return !0;
  return !!t._dirty;
}
function of(t) {
  if (t.flags & 4 && !(t.flags & 16) || (t.flags &= -17, t.globalVersion === qi))
    return;
  t.globalVersion = qi;
  const e = t.dep;
  if (t.flags |= 2, e.version > 0 && !t.isSSR && t.deps && !Rl(t)) {
    t.flags &= -3;
    return;
  }
  const n = fe, i = vt;
  fe = t, vt = !0;
  try {
    nf(t);
    const o = t.fn(t._value);
    (e.version === 0 || Fn(o, t._value)) && (t._value = o, e.version++);
  } catch (o) {
    throw e.version++, o;
  } finally {
    fe = n, vt = i, sf(t), t.flags &= -3;
  }
}
function kr(t, e = !1) {
  const { dep: n, prevSub: i, nextSub: o } = t;
  if (i && (i.nextSub = o, t.prevSub = void 0), o && (o.prevSub = i, t.nextSub = void 0), ye.NODE_ENV !== "production" && n.subsHead === t && (n.subsHead = o), n.subs === t && (n.subs = i, !i && n.computed)) {
    n.computed.flags &= -5;
    for (let l = n.computed.deps; l; l = l.nextDep)
      kr(l, !0);
  }
  !e && !--n.sc && n.map && n.map.delete(n.key);
}
function sd(t) {
  const { prevDep: e, nextDep: n } = t;
  e && (e.nextDep = n, t.prevDep = void 0), n && (n.prevDep = e, t.nextDep = void 0);
}
let vt = !0;
const lf = [];
function Qt() {
  lf.push(vt), vt = !1;
}
function Jt() {
  const t = lf.pop();
  vt = t === void 0 ? !0 : t;
}
function pa(t) {
  const { cleanup: e } = t;
  if (t.cleanup = void 0, e) {
    const n = fe;
    fe = void 0;
    try {
      e();
    } finally {
      fe = n;
    }
  }
}
let qi = 0;
class od {
  constructor(e, n) {
    this.sub = e, this.dep = n, this.version = n.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
  }
}
class rf {
  constructor(e) {
    this.computed = e, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, ye.NODE_ENV !== "production" && (this.subsHead = void 0);
  }
  track(e) {
    if (!fe || !vt || fe === this.computed)
      return;
    let n = this.activeLink;
    if (n === void 0 || n.sub !== fe)
      n = this.activeLink = new od(fe, this), fe.deps ? (n.prevDep = fe.depsTail, fe.depsTail.nextDep = n, fe.depsTail = n) : fe.deps = fe.depsTail = n, af(n);
    else if (n.version === -1 && (n.version = this.version, n.nextDep)) {
      const i = n.nextDep;
      i.prevDep = n.prevDep, n.prevDep && (n.prevDep.nextDep = i), n.prevDep = fe.depsTail, n.nextDep = void 0, fe.depsTail.nextDep = n, fe.depsTail = n, fe.deps === n && (fe.deps = i);
    }
    return ye.NODE_ENV !== "production" && fe.onTrack && fe.onTrack(
      we(
        {
          effect: fe
        },
        e
      )
    ), n;
  }
  trigger(e) {
    this.version++, qi++, this.notify(e);
  }
  notify(e) {
    br();
    try {
      if (ye.NODE_ENV !== "production")
        for (let n = this.subsHead; n; n = n.nextSub)
          n.sub.onTrigger && !(n.sub.flags & 8) && n.sub.onTrigger(
            we(
              {
                effect: n.sub
              },
              e
            )
          );
      for (let n = this.subs; n; n = n.prevSub)
        n.sub.notify() && n.sub.dep.notify();
    } finally {
      yr();
    }
  }
}
function af(t) {
  if (t.dep.sc++, t.sub.flags & 4) {
    const e = t.dep.computed;
    if (e && !t.dep.subs) {
      e.flags |= 20;
      for (let i = e.deps; i; i = i.nextDep)
        af(i);
    }
    const n = t.dep.subs;
    n !== t && (t.prevSub = n, n && (n.nextSub = t)), ye.NODE_ENV !== "production" && t.dep.subsHead === void 0 && (t.dep.subsHead = t), t.dep.subs = t;
  }
}
const Fl = /* @__PURE__ */ new WeakMap(), An = Symbol(
  ye.NODE_ENV !== "production" ? "Object iterate" : ""
), Al = Symbol(
  ye.NODE_ENV !== "production" ? "Map keys iterate" : ""
), Ui = Symbol(
  ye.NODE_ENV !== "production" ? "Array iterate" : ""
);
function Ce(t, e, n) {
  if (vt && fe) {
    let i = Fl.get(t);
    i || Fl.set(t, i = /* @__PURE__ */ new Map());
    let o = i.get(n);
    o || (i.set(n, o = new rf()), o.map = i, o.key = n), ye.NODE_ENV !== "production" ? o.track({
      target: t,
      type: e,
      key: n
    }) : o.track();
  }
}
function St(t, e, n, i, o, l) {
  const s = Fl.get(t);
  if (!s) {
    qi++;
    return;
  }
  const r = (a) => {
    a && (ye.NODE_ENV !== "production" ? a.trigger({
      target: t,
      type: e,
      key: n,
      newValue: i,
      oldValue: o,
      oldTarget: l
    }) : a.trigger());
  };
  if (br(), e === "clear")
    s.forEach(r);
  else {
    const a = Y(t), c = a && mr(n);
    if (a && n === "length") {
      const f = Number(i);
      s.forEach((u, h) => {
        (h === "length" || h === Ui || !gn(h) && h >= f) && r(u);
      });
    } else
      switch ((n !== void 0 || s.has(void 0)) && r(s.get(n)), c && r(s.get(Ui)), e) {
        case "add":
          a ? c && r(s.get("length")) : (r(s.get(An)), Rn(t) && r(s.get(Al)));
          break;
        case "delete":
          a || (r(s.get(An)), Rn(t) && r(s.get(Al)));
          break;
        case "set":
          Rn(t) && r(s.get(An));
          break;
      }
  }
  yr();
}
function qn(t) {
  const e = se(t);
  return e === t ? e : (Ce(e, "iterate", Ui), nt(t) ? e : e.map(Je));
}
function wr(t) {
  return Ce(t = se(t), "iterate", Ui), t;
}
const ld = {
  __proto__: null,
  [Symbol.iterator]() {
    return Jo(this, Symbol.iterator, Je);
  },
  concat(...t) {
    return qn(this).concat(
      ...t.map((e) => Y(e) ? qn(e) : e)
    );
  },
  entries() {
    return Jo(this, "entries", (t) => (t[1] = Je(t[1]), t));
  },
  every(t, e) {
    return Bt(this, "every", t, e, void 0, arguments);
  },
  filter(t, e) {
    return Bt(this, "filter", t, e, (n) => n.map(Je), arguments);
  },
  find(t, e) {
    return Bt(this, "find", t, e, Je, arguments);
  },
  findIndex(t, e) {
    return Bt(this, "findIndex", t, e, void 0, arguments);
  },
  findLast(t, e) {
    return Bt(this, "findLast", t, e, Je, arguments);
  },
  findLastIndex(t, e) {
    return Bt(this, "findLastIndex", t, e, void 0, arguments);
  },
  // flat, flatMap could benefit from ARRAY_ITERATE but are not straight-forward to implement
  forEach(t, e) {
    return Bt(this, "forEach", t, e, void 0, arguments);
  },
  includes(...t) {
    return el(this, "includes", t);
  },
  indexOf(...t) {
    return el(this, "indexOf", t);
  },
  join(t) {
    return qn(this).join(t);
  },
  // keys() iterator only reads `length`, no optimisation required
  lastIndexOf(...t) {
    return el(this, "lastIndexOf", t);
  },
  map(t, e) {
    return Bt(this, "map", t, e, void 0, arguments);
  },
  pop() {
    return Mi(this, "pop");
  },
  push(...t) {
    return Mi(this, "push", t);
  },
  reduce(t, ...e) {
    return ga(this, "reduce", t, e);
  },
  reduceRight(t, ...e) {
    return ga(this, "reduceRight", t, e);
  },
  shift() {
    return Mi(this, "shift");
  },
  // slice could use ARRAY_ITERATE but also seems to beg for range tracking
  some(t, e) {
    return Bt(this, "some", t, e, void 0, arguments);
  },
  splice(...t) {
    return Mi(this, "splice", t);
  },
  toReversed() {
    return qn(this).toReversed();
  },
  toSorted(t) {
    return qn(this).toSorted(t);
  },
  toSpliced(...t) {
    return qn(this).toSpliced(...t);
  },
  unshift(...t) {
    return Mi(this, "unshift", t);
  },
  values() {
    return Jo(this, "values", Je);
  }
};
function Jo(t, e, n) {
  const i = wr(t), o = i[e]();
  return i !== t && !nt(t) && (o._next = o.next, o.next = () => {
    const l = o._next();
    return l.value && (l.value = n(l.value)), l;
  }), o;
}
const rd = Array.prototype;
function Bt(t, e, n, i, o, l) {
  const s = wr(t), r = s !== t && !nt(t), a = s[e];
  if (a !== rd[e]) {
    const u = a.apply(t, l);
    return r ? Je(u) : u;
  }
  let c = n;
  s !== t && (r ? c = function(u, h) {
    return n.call(this, Je(u), h, t);
  } : n.length > 2 && (c = function(u, h) {
    return n.call(this, u, h, t);
  }));
  const f = a.call(s, c, i);
  return r && o ? o(f) : f;
}
function ga(t, e, n, i) {
  const o = wr(t);
  let l = n;
  return o !== t && (nt(t) ? n.length > 3 && (l = function(s, r, a) {
    return n.call(this, s, r, a, t);
  }) : l = function(s, r, a) {
    return n.call(this, s, Je(r), a, t);
  }), o[e](l, ...i);
}
function el(t, e, n) {
  const i = se(t);
  Ce(i, "iterate", Ui);
  const o = i[e](...n);
  return (o === -1 || o === !1) && lo(n[0]) ? (n[0] = se(n[0]), i[e](...n)) : o;
}
function Mi(t, e, n = []) {
  Qt(), br();
  const i = se(t)[e].apply(t, n);
  return yr(), Jt(), i;
}
const ad = /* @__PURE__ */ Zt("__proto__,__v_isRef,__isVue"), cf = new Set(
  /* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((t) => t !== "arguments" && t !== "caller").map((t) => Symbol[t]).filter(gn)
);
function cd(t) {
  gn(t) || (t = String(t));
  const e = se(this);
  return Ce(e, "has", t), e.hasOwnProperty(t);
}
class ff {
  constructor(e = !1, n = !1) {
    this._isReadonly = e, this._isShallow = n;
  }
  get(e, n, i) {
    if (n === "__v_skip") return e.__v_skip;
    const o = this._isReadonly, l = this._isShallow;
    if (n === "__v_isReactive")
      return !o;
    if (n === "__v_isReadonly")
      return o;
    if (n === "__v_isShallow")
      return l;
    if (n === "__v_raw")
      return i === (o ? l ? mf : gf : l ? pf : df).get(e) || // receiver is not the reactive proxy, but has the same prototype
      // this means the receiver is a user proxy of the reactive proxy
      Object.getPrototypeOf(e) === Object.getPrototypeOf(i) ? e : void 0;
    const s = Y(e);
    if (!o) {
      let a;
      if (s && (a = ld[n]))
        return a;
      if (n === "hasOwnProperty")
        return cd;
    }
    const r = Reflect.get(
      e,
      n,
      // if this is a proxy wrapping a ref, return methods using the raw ref
      // as receiver so that we don't have to call `toRaw` on the ref in all
      // its class methods
      Se(e) ? e : i
    );
    return (gn(n) ? cf.has(n) : ad(n)) || (o || Ce(e, "get", n), l) ? r : Se(r) ? s && mr(n) ? r : r.value : ve(r) ? o ? vf(r) : xr(r) : r;
  }
}
class uf extends ff {
  constructor(e = !1) {
    super(!1, e);
  }
  set(e, n, i, o) {
    let l = e[n];
    if (!this._isShallow) {
      const a = un(l);
      if (!nt(i) && !un(i) && (l = se(l), i = se(i)), !Y(e) && Se(l) && !Se(i))
        return a ? !1 : (l.value = i, !0);
    }
    const s = Y(e) && mr(n) ? Number(n) < e.length : ae(e, n), r = Reflect.set(
      e,
      n,
      i,
      Se(e) ? e : o
    );
    return e === se(o) && (s ? Fn(i, l) && St(e, "set", n, i, l) : St(e, "add", n, i)), r;
  }
  deleteProperty(e, n) {
    const i = ae(e, n), o = e[n], l = Reflect.deleteProperty(e, n);
    return l && i && St(e, "delete", n, void 0, o), l;
  }
  has(e, n) {
    const i = Reflect.has(e, n);
    return (!gn(n) || !cf.has(n)) && Ce(e, "has", n), i;
  }
  ownKeys(e) {
    return Ce(
      e,
      "iterate",
      Y(e) ? "length" : An
    ), Reflect.ownKeys(e);
  }
}
class hf extends ff {
  constructor(e = !1) {
    super(!0, e);
  }
  set(e, n) {
    return ye.NODE_ENV !== "production" && It(
      `Set operation on key "${String(n)}" failed: target is readonly.`,
      e
    ), !0;
  }
  deleteProperty(e, n) {
    return ye.NODE_ENV !== "production" && It(
      `Delete operation on key "${String(n)}" failed: target is readonly.`,
      e
    ), !0;
  }
}
const fd = /* @__PURE__ */ new uf(), ud = /* @__PURE__ */ new hf(), hd = /* @__PURE__ */ new uf(!0), dd = /* @__PURE__ */ new hf(!0), Pl = (t) => t, gs = (t) => Reflect.getPrototypeOf(t);
function pd(t, e, n) {
  return function(...i) {
    const o = this.__v_raw, l = se(o), s = Rn(l), r = t === "entries" || t === Symbol.iterator && s, a = t === "keys" && s, c = o[t](...i), f = n ? Pl : e ? Tl : Je;
    return !e && Ce(
      l,
      "iterate",
      a ? Al : An
    ), {
      // iterator protocol
      next() {
        const { value: u, done: h } = c.next();
        return h ? { value: u, done: h } : {
          value: r ? [f(u[0]), f(u[1])] : f(u),
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
function ms(t) {
  return function(...e) {
    if (ye.NODE_ENV !== "production") {
      const n = e[0] ? `on key "${e[0]}" ` : "";
      It(
        `${zn(t)} operation ${n}failed: target is readonly.`,
        se(this)
      );
    }
    return t === "delete" ? !1 : t === "clear" ? void 0 : this;
  };
}
function gd(t, e) {
  const n = {
    get(o) {
      const l = this.__v_raw, s = se(l), r = se(o);
      t || (Fn(o, r) && Ce(s, "get", o), Ce(s, "get", r));
      const { has: a } = gs(s), c = e ? Pl : t ? Tl : Je;
      if (a.call(s, o))
        return c(l.get(o));
      if (a.call(s, r))
        return c(l.get(r));
      l !== s && l.get(o);
    },
    get size() {
      const o = this.__v_raw;
      return !t && Ce(se(o), "iterate", An), Reflect.get(o, "size", o);
    },
    has(o) {
      const l = this.__v_raw, s = se(l), r = se(o);
      return t || (Fn(o, r) && Ce(s, "has", o), Ce(s, "has", r)), o === r ? l.has(o) : l.has(o) || l.has(r);
    },
    forEach(o, l) {
      const s = this, r = s.__v_raw, a = se(r), c = e ? Pl : t ? Tl : Je;
      return !t && Ce(a, "iterate", An), r.forEach((f, u) => o.call(l, c(f), c(u), s));
    }
  };
  return we(
    n,
    t ? {
      add: ms("add"),
      set: ms("set"),
      delete: ms("delete"),
      clear: ms("clear")
    } : {
      add(o) {
        !e && !nt(o) && !un(o) && (o = se(o));
        const l = se(this);
        return gs(l).has.call(l, o) || (l.add(o), St(l, "add", o, o)), this;
      },
      set(o, l) {
        !e && !nt(l) && !un(l) && (l = se(l));
        const s = se(this), { has: r, get: a } = gs(s);
        let c = r.call(s, o);
        c ? ye.NODE_ENV !== "production" && ma(s, r, o) : (o = se(o), c = r.call(s, o));
        const f = a.call(s, o);
        return s.set(o, l), c ? Fn(l, f) && St(s, "set", o, l, f) : St(s, "add", o, l), this;
      },
      delete(o) {
        const l = se(this), { has: s, get: r } = gs(l);
        let a = s.call(l, o);
        a ? ye.NODE_ENV !== "production" && ma(l, s, o) : (o = se(o), a = s.call(l, o));
        const c = r ? r.call(l, o) : void 0, f = l.delete(o);
        return a && St(l, "delete", o, void 0, c), f;
      },
      clear() {
        const o = se(this), l = o.size !== 0, s = ye.NODE_ENV !== "production" ? Rn(o) ? new Map(o) : new Set(o) : void 0, r = o.clear();
        return l && St(
          o,
          "clear",
          void 0,
          void 0,
          s
        ), r;
      }
    }
  ), [
    "keys",
    "values",
    "entries",
    Symbol.iterator
  ].forEach((o) => {
    n[o] = pd(o, t, e);
  }), n;
}
function Io(t, e) {
  const n = gd(t, e);
  return (i, o, l) => o === "__v_isReactive" ? !t : o === "__v_isReadonly" ? t : o === "__v_raw" ? i : Reflect.get(
    ae(n, o) && o in i ? n : i,
    o,
    l
  );
}
const md = {
  get: /* @__PURE__ */ Io(!1, !1)
}, vd = {
  get: /* @__PURE__ */ Io(!1, !0)
}, bd = {
  get: /* @__PURE__ */ Io(!0, !1)
}, yd = {
  get: /* @__PURE__ */ Io(!0, !0)
};
function ma(t, e, n) {
  const i = se(n);
  if (i !== n && e.call(t, i)) {
    const o = gr(t);
    It(
      `Reactive ${o} contains both the raw and reactive versions of the same object${o === "Map" ? " as keys" : ""}, which can lead to inconsistencies. Avoid differentiating between the raw and reactive versions of an object and only use the reactive version if possible.`
    );
  }
}
const df = /* @__PURE__ */ new WeakMap(), pf = /* @__PURE__ */ new WeakMap(), gf = /* @__PURE__ */ new WeakMap(), mf = /* @__PURE__ */ new WeakMap();
function kd(t) {
  switch (t) {
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
function wd(t) {
  return t.__v_skip || !Object.isExtensible(t) ? 0 : kd(gr(t));
}
function xr(t) {
  return un(t) ? t : $o(
    t,
    !1,
    fd,
    md,
    df
  );
}
function xd(t) {
  return $o(
    t,
    !1,
    hd,
    vd,
    pf
  );
}
function vf(t) {
  return $o(
    t,
    !0,
    ud,
    bd,
    gf
  );
}
function Ft(t) {
  return $o(
    t,
    !0,
    dd,
    yd,
    mf
  );
}
function $o(t, e, n, i, o) {
  if (!ve(t))
    return ye.NODE_ENV !== "production" && It(
      `value cannot be made ${e ? "readonly" : "reactive"}: ${String(
        t
      )}`
    ), t;
  if (t.__v_raw && !(e && t.__v_isReactive))
    return t;
  const l = o.get(t);
  if (l)
    return l;
  const s = wd(t);
  if (s === 0)
    return t;
  const r = new Proxy(
    t,
    s === 2 ? i : n
  );
  return o.set(t, r), r;
}
function ii(t) {
  return un(t) ? ii(t.__v_raw) : !!(t && t.__v_isReactive);
}
function un(t) {
  return !!(t && t.__v_isReadonly);
}
function nt(t) {
  return !!(t && t.__v_isShallow);
}
function lo(t) {
  return t ? !!t.__v_raw : !1;
}
function se(t) {
  const e = t && t.__v_raw;
  return e ? se(e) : t;
}
function Md(t) {
  return !ae(t, "__v_skip") && Object.isExtensible(t) && oo(t, "__v_skip", !0), t;
}
const Je = (t) => ve(t) ? xr(t) : t, Tl = (t) => ve(t) ? vf(t) : t;
function Se(t) {
  return t ? t.__v_isRef === !0 : !1;
}
function ei(t) {
  return Se(t) ? t.value : t;
}
const Dd = {
  get: (t, e, n) => e === "__v_raw" ? t : ei(Reflect.get(t, e, n)),
  set: (t, e, n, i) => {
    const o = t[e];
    return Se(o) && !Se(n) ? (o.value = n, !0) : Reflect.set(t, e, n, i);
  }
};
function bf(t) {
  return ii(t) ? t : new Proxy(t, Dd);
}
class Ed {
  constructor(e, n, i) {
    this.fn = e, this.setter = n, this._value = void 0, this.dep = new rf(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = qi - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !n, this.isSSR = i;
  }
  /**
   * @internal
   */
  notify() {
    if (this.flags |= 16, !(this.flags & 8) && // avoid infinite self recursion
    fe !== this)
      return tf(this, !0), !0;
  }
  get value() {
    const e = ye.NODE_ENV !== "production" ? this.dep.track({
      target: this,
      type: "get",
      key: "value"
    }) : this.dep.track();
    return of(this), e && (e.version = this.dep.version), this._value;
  }
  set value(e) {
    this.setter ? this.setter(e) : ye.NODE_ENV !== "production" && It("Write operation failed: computed value is readonly");
  }
}
function _d(t, e, n = !1) {
  let i, o;
  return Z(t) ? i = t : (i = t.get, o = t.set), new Ed(i, o, n);
}
const vs = {}, ro = /* @__PURE__ */ new WeakMap();
let En;
function Cd(t, e = !1, n = En) {
  if (n) {
    let i = ro.get(n);
    i || ro.set(n, i = []), i.push(t);
  } else ye.NODE_ENV !== "production" && !e && It(
    "onWatcherCleanup() was called when there was no active watcher to associate with."
  );
}
function Nd(t, e, n = de) {
  const { immediate: i, deep: o, once: l, scheduler: s, augmentJob: r, call: a } = n, c = (M) => {
    (n.onWarn || It)(
      "Invalid watch source: ",
      M,
      "A watch source can only be a getter/effect function, a ref, a reactive object, or an array of these types."
    );
  }, f = (M) => o ? M : nt(M) || o === !1 || o === 0 ? rn(M, 1) : rn(M);
  let u, h, d, p, m = !1, v = !1;
  if (Se(t) ? (h = () => t.value, m = nt(t)) : ii(t) ? (h = () => f(t), m = !0) : Y(t) ? (v = !0, m = t.some((M) => ii(M) || nt(M)), h = () => t.map((M) => {
    if (Se(M))
      return M.value;
    if (ii(M))
      return f(M);
    if (Z(M))
      return a ? a(M, 2) : M();
    ye.NODE_ENV !== "production" && c(M);
  })) : Z(t) ? e ? h = a ? () => a(t, 2) : t : h = () => {
    if (d) {
      Qt();
      try {
        d();
      } finally {
        Jt();
      }
    }
    const M = En;
    En = u;
    try {
      return a ? a(t, 3, [p]) : t(p);
    } finally {
      En = M;
    }
  } : (h = Ne, ye.NODE_ENV !== "production" && c(t)), e && o) {
    const M = h, O = o === !0 ? 1 / 0 : o;
    h = () => rn(M(), O);
  }
  const y = id(), C = () => {
    u.stop(), y && y.active && dr(y.effects, u);
  };
  if (l && e) {
    const M = e;
    e = (...O) => {
      M(...O), C();
    };
  }
  let N = v ? new Array(t.length).fill(vs) : vs;
  const P = (M) => {
    if (!(!(u.flags & 1) || !u.dirty && !M))
      if (e) {
        const O = u.run();
        if (o || m || (v ? O.some((x, _) => Fn(x, N[_])) : Fn(O, N))) {
          d && d();
          const x = En;
          En = u;
          try {
            const _ = [
              O,
              // pass undefined as the old value when it's changed for the first time
              N === vs ? void 0 : v && N[0] === vs ? [] : N,
              p
            ];
            a ? a(e, 3, _) : (
              // @ts-expect-error
              e(..._)
            ), N = O;
          } finally {
            En = x;
          }
        }
      } else
        u.run();
  };
  return r && r(P), u = new Jc(h), u.scheduler = s ? () => s(P, !1) : P, p = (M) => Cd(M, !1, u), d = u.onStop = () => {
    const M = ro.get(u);
    if (M) {
      if (a)
        a(M, 4);
      else
        for (const O of M) O();
      ro.delete(u);
    }
  }, ye.NODE_ENV !== "production" && (u.onTrack = n.onTrack, u.onTrigger = n.onTrigger), e ? i ? P(!0) : N = u.run() : s ? s(P.bind(null, !0), !0) : u.run(), C.pause = u.pause.bind(u), C.resume = u.resume.bind(u), C.stop = C, C;
}
function rn(t, e = 1 / 0, n) {
  if (e <= 0 || !ve(t) || t.__v_skip || (n = n || /* @__PURE__ */ new Set(), n.has(t)))
    return t;
  if (n.add(t), e--, Se(t))
    rn(t.value, e, n);
  else if (Y(t))
    for (let i = 0; i < t.length; i++)
      rn(t[i], e, n);
  else if (Yc(t) || Rn(t))
    t.forEach((i) => {
      rn(i, e, n);
    });
  else if (Vo(t)) {
    for (const i in t)
      rn(t[i], e, n);
    for (const i of Object.getOwnPropertySymbols(t))
      Object.prototype.propertyIsEnumerable.call(t, i) && rn(t[i], e, n);
  }
  return t;
}
var k = {};
const Pn = [];
function js(t) {
  Pn.push(t);
}
function Ws() {
  Pn.pop();
}
let tl = !1;
function I(t, ...e) {
  if (tl) return;
  tl = !0, Qt();
  const n = Pn.length ? Pn[Pn.length - 1].component : null, i = n && n.appContext.config.warnHandler, o = Od();
  if (i)
    di(
      i,
      n,
      11,
      [
        // eslint-disable-next-line no-restricted-syntax
        t + e.map((l) => {
          var s, r;
          return (r = (s = l.toString) == null ? void 0 : s.call(l)) != null ? r : JSON.stringify(l);
        }).join(""),
        n && n.proxy,
        o.map(
          ({ vnode: l }) => `at <${Wo(n, l.type)}>`
        ).join(`
`),
        o
      ]
    );
  else {
    const l = [`[Vue warn]: ${t}`, ...e];
    o.length && l.push(`
`, ...Sd(o)), console.warn(...l);
  }
  Jt(), tl = !1;
}
function Od() {
  let t = Pn[Pn.length - 1];
  if (!t)
    return [];
  const e = [];
  for (; t; ) {
    const n = e[0];
    n && n.vnode === t ? n.recurseCount++ : e.push({
      vnode: t,
      recurseCount: 0
    });
    const i = t.component && t.component.parent;
    t = i && i.vnode;
  }
  return e;
}
function Sd(t) {
  const e = [];
  return t.forEach((n, i) => {
    e.push(...i === 0 ? [] : [`
`], ...Rd(n));
  }), e;
}
function Rd({ vnode: t, recurseCount: e }) {
  const n = e > 0 ? `... (${e} recursive calls)` : "", i = t.component ? t.component.parent == null : !1, o = ` at <${Wo(
    t.component,
    t.type,
    i
  )}`, l = ">" + n;
  return t.props ? [o, ...Fd(t.props), l] : [o + l];
}
function Fd(t) {
  const e = [], n = Object.keys(t);
  return n.slice(0, 3).forEach((i) => {
    e.push(...yf(i, t[i]));
  }), n.length > 3 && e.push(" ..."), e;
}
function yf(t, e, n) {
  return ke(e) ? (e = JSON.stringify(e), n ? e : [`${t}=${e}`]) : typeof e == "number" || typeof e == "boolean" || e == null ? n ? e : [`${t}=${e}`] : Se(e) ? (e = yf(t, se(e.value), !0), n ? e : [`${t}=Ref<`, e, ">"]) : Z(e) ? [`${t}=fn${e.name ? `<${e.name}>` : ""}`] : (e = se(e), n ? e : [`${t}=`, e]);
}
const Mr = {
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
function di(t, e, n, i) {
  try {
    return i ? t(...i) : t();
  } catch (o) {
    ls(o, e, n);
  }
}
function $t(t, e, n, i) {
  if (Z(t)) {
    const o = di(t, e, n, i);
    return o && pr(o) && o.catch((l) => {
      ls(l, e, n);
    }), o;
  }
  if (Y(t)) {
    const o = [];
    for (let l = 0; l < t.length; l++)
      o.push($t(t[l], e, n, i));
    return o;
  } else k.NODE_ENV !== "production" && I(
    `Invalid value type passed to callWithAsyncErrorHandling(): ${typeof t}`
  );
}
function ls(t, e, n, i = !0) {
  const o = e ? e.vnode : null, { errorHandler: l, throwUnhandledErrorInProduction: s } = e && e.appContext.config || de;
  if (e) {
    let r = e.parent;
    const a = e.proxy, c = k.NODE_ENV !== "production" ? Mr[n] : `https://vuejs.org/error-reference/#runtime-${n}`;
    for (; r; ) {
      const f = r.ec;
      if (f) {
        for (let u = 0; u < f.length; u++)
          if (f[u](t, a, c) === !1)
            return;
      }
      r = r.parent;
    }
    if (l) {
      Qt(), di(l, null, 10, [
        t,
        a,
        c
      ]), Jt();
      return;
    }
  }
  Ad(t, n, o, i, s);
}
function Ad(t, e, n, i = !0, o = !1) {
  if (k.NODE_ENV !== "production") {
    const l = Mr[e];
    if (n && js(n), I(`Unhandled error${l ? ` during execution of ${l}` : ""}`), n && Ws(), i)
      throw t;
    console.error(t);
  } else {
    if (o)
      throw t;
    console.error(t);
  }
}
const We = [];
let _t = -1;
const si = [];
let sn = null, Jn = 0;
const kf = /* @__PURE__ */ Promise.resolve();
let ao = null;
const Pd = 100;
function wf(t) {
  const e = ao || kf;
  return t ? e.then(this ? t.bind(this) : t) : e;
}
function Td(t) {
  let e = _t + 1, n = We.length;
  for (; e < n; ) {
    const i = e + n >>> 1, o = We[i], l = Yi(o);
    l < t || l === t && o.flags & 2 ? e = i + 1 : n = i;
  }
  return e;
}
function zo(t) {
  if (!(t.flags & 1)) {
    const e = Yi(t), n = We[We.length - 1];
    !n || // fast path when the job id is larger than the tail
    !(t.flags & 2) && e >= Yi(n) ? We.push(t) : We.splice(Td(e), 0, t), t.flags |= 1, xf();
  }
}
function xf() {
  ao || (ao = kf.then(Ef));
}
function Mf(t) {
  Y(t) ? si.push(...t) : sn && t.id === -1 ? sn.splice(Jn + 1, 0, t) : t.flags & 1 || (si.push(t), t.flags |= 1), xf();
}
function va(t, e, n = _t + 1) {
  for (k.NODE_ENV !== "production" && (e = e || /* @__PURE__ */ new Map()); n < We.length; n++) {
    const i = We[n];
    if (i && i.flags & 2) {
      if (t && i.id !== t.uid || k.NODE_ENV !== "production" && Dr(e, i))
        continue;
      We.splice(n, 1), n--, i.flags & 4 && (i.flags &= -2), i(), i.flags & 4 || (i.flags &= -2);
    }
  }
}
function Df(t) {
  if (si.length) {
    const e = [...new Set(si)].sort(
      (n, i) => Yi(n) - Yi(i)
    );
    if (si.length = 0, sn) {
      sn.push(...e);
      return;
    }
    for (sn = e, k.NODE_ENV !== "production" && (t = t || /* @__PURE__ */ new Map()), Jn = 0; Jn < sn.length; Jn++) {
      const n = sn[Jn];
      k.NODE_ENV !== "production" && Dr(t, n) || (n.flags & 4 && (n.flags &= -2), n.flags & 8 || n(), n.flags &= -2);
    }
    sn = null, Jn = 0;
  }
}
const Yi = (t) => t.id == null ? t.flags & 2 ? -1 : 1 / 0 : t.id;
function Ef(t) {
  k.NODE_ENV !== "production" && (t = t || /* @__PURE__ */ new Map());
  const e = k.NODE_ENV !== "production" ? (n) => Dr(t, n) : Ne;
  try {
    for (_t = 0; _t < We.length; _t++) {
      const n = We[_t];
      if (n && !(n.flags & 8)) {
        if (k.NODE_ENV !== "production" && e(n))
          continue;
        n.flags & 4 && (n.flags &= -2), di(
          n,
          n.i,
          n.i ? 15 : 14
        ), n.flags & 4 || (n.flags &= -2);
      }
    }
  } finally {
    for (; _t < We.length; _t++) {
      const n = We[_t];
      n && (n.flags &= -2);
    }
    _t = -1, We.length = 0, Df(t), ao = null, (We.length || si.length) && Ef(t);
  }
}
function Dr(t, e) {
  const n = t.get(e) || 0;
  if (n > Pd) {
    const i = e.i, o = i && Ar(i.type);
    return ls(
      `Maximum recursive updates exceeded${o ? ` in component <${o}>` : ""}. This means you have a reactive effect that is mutating its own dependencies and thus recursively triggering itself. Possible sources include component template, render function, updated hook or watcher source function.`,
      null,
      10
    ), !0;
  }
  return t.set(e, n + 1), !1;
}
let gt = !1;
const Gs = /* @__PURE__ */ new Map();
k.NODE_ENV !== "production" && (os().__VUE_HMR_RUNTIME__ = {
  createRecord: nl(_f),
  rerender: nl(Id),
  reload: nl($d)
});
const Bn = /* @__PURE__ */ new Map();
function Vd(t) {
  const e = t.type.__hmrId;
  let n = Bn.get(e);
  n || (_f(e, t.type), n = Bn.get(e)), n.instances.add(t);
}
function Ld(t) {
  Bn.get(t.type.__hmrId).instances.delete(t);
}
function _f(t, e) {
  return Bn.has(t) ? !1 : (Bn.set(t, {
    initialDef: co(e),
    instances: /* @__PURE__ */ new Set()
  }), !0);
}
function co(t) {
  return fu(t) ? t.__vccOpts : t;
}
function Id(t, e) {
  const n = Bn.get(t);
  n && (n.initialDef.render = e, [...n.instances].forEach((i) => {
    e && (i.render = e, co(i.type).render = e), i.renderCache = [], gt = !0, i.update(), gt = !1;
  }));
}
function $d(t, e) {
  const n = Bn.get(t);
  if (!n) return;
  e = co(e), ba(n.initialDef, e);
  const i = [...n.instances];
  for (let o = 0; o < i.length; o++) {
    const l = i[o], s = co(l.type);
    let r = Gs.get(s);
    r || (s !== n.initialDef && ba(s, e), Gs.set(s, r = /* @__PURE__ */ new Set())), r.add(l), l.appContext.propsCache.delete(l.type), l.appContext.emitsCache.delete(l.type), l.appContext.optionsCache.delete(l.type), l.ceReload ? (r.add(l), l.ceReload(e.styles), r.delete(l)) : l.parent ? zo(() => {
      gt = !0, l.parent.update(), gt = !1, r.delete(l);
    }) : l.appContext.reload ? l.appContext.reload() : typeof window < "u" ? window.location.reload() : console.warn(
      "[HMR] Root or manually mounted instance modified. Full reload required."
    ), l.root.ce && l !== l.root && l.root.ce._removeChildStyle(s);
  }
  Mf(() => {
    Gs.clear();
  });
}
function ba(t, e) {
  we(t, e);
  for (const n in t)
    n !== "__file" && !(n in e) && delete t[n];
}
function nl(t) {
  return (e, n) => {
    try {
      return t(e, n);
    } catch (i) {
      console.error(i), console.warn(
        "[HMR] Something went wrong during Vue component hot-reload. Full reload required."
      );
    }
  };
}
let Rt, Ri = [], Vl = !1;
function rs(t, ...e) {
  Rt ? Rt.emit(t, ...e) : Vl || Ri.push({ event: t, args: e });
}
function Cf(t, e) {
  var n, i;
  Rt = t, Rt ? (Rt.enabled = !0, Ri.forEach(({ event: o, args: l }) => Rt.emit(o, ...l)), Ri = []) : /* handle late devtools injection - only do this if we are in an actual */ /* browser environment to avoid the timer handle stalling test runner exit */ /* (#4815) */ typeof window < "u" && // some envs mock window but not fully
  window.HTMLElement && // also exclude jsdom
  // eslint-disable-next-line no-restricted-syntax
  !((i = (n = window.navigator) == null ? void 0 : n.userAgent) != null && i.includes("jsdom")) ? ((e.__VUE_DEVTOOLS_HOOK_REPLAY__ = e.__VUE_DEVTOOLS_HOOK_REPLAY__ || []).push((l) => {
    Cf(l, e);
  }), setTimeout(() => {
    Rt || (e.__VUE_DEVTOOLS_HOOK_REPLAY__ = null, Vl = !0, Ri = []);
  }, 3e3)) : (Vl = !0, Ri = []);
}
function zd(t, e) {
  rs("app:init", t, e, {
    Fragment: Ot,
    Text: as,
    Comment: it,
    Static: Ys
  });
}
function Bd(t) {
  rs("app:unmount", t);
}
const Hd = /* @__PURE__ */ Er(
  "component:added"
  /* COMPONENT_ADDED */
), Nf = /* @__PURE__ */ Er(
  "component:updated"
  /* COMPONENT_UPDATED */
), jd = /* @__PURE__ */ Er(
  "component:removed"
  /* COMPONENT_REMOVED */
), Wd = (t) => {
  Rt && typeof Rt.cleanupBuffer == "function" && // remove the component if it wasn't buffered
  !Rt.cleanupBuffer(t) && jd(t);
};
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Er(t) {
  return (e) => {
    rs(
      t,
      e.appContext.app,
      e.uid,
      e.parent ? e.parent.uid : void 0,
      e
    );
  };
}
const Gd = /* @__PURE__ */ Of(
  "perf:start"
  /* PERFORMANCE_START */
), qd = /* @__PURE__ */ Of(
  "perf:end"
  /* PERFORMANCE_END */
);
function Of(t) {
  return (e, n, i) => {
    rs(t, e.appContext.app, e.uid, e, n, i);
  };
}
function Ud(t, e, n) {
  rs(
    "component:emit",
    t.appContext.app,
    t,
    e,
    n
  );
}
let Ye = null, Sf = null;
function fo(t) {
  const e = Ye;
  return Ye = t, Sf = t && t.type.__scopeId || null, e;
}
function Yd(t, e = Ye, n) {
  if (!e || t._n)
    return t;
  const i = (...o) => {
    i._d && Pa(-1);
    const l = fo(e);
    let s;
    try {
      s = t(...o);
    } finally {
      fo(l), i._d && Pa(1);
    }
    return k.NODE_ENV !== "production" && Nf(e), s;
  };
  return i._n = !0, i._c = !0, i._d = !0, i;
}
function Rf(t) {
  zh(t) && I("Do not use built-in directive ids as custom directive id: " + t);
}
function yn(t, e, n, i) {
  const o = t.dirs, l = e && e.dirs;
  for (let s = 0; s < o.length; s++) {
    const r = o[s];
    l && (r.oldValue = l[s].value);
    let a = r.dir[i];
    a && (Qt(), $t(a, n, 8, [
      t.el,
      r,
      t,
      e
    ]), Jt());
  }
}
const Ff = Symbol("_vte"), Kd = (t) => t.__isTeleport, Tn = (t) => t && (t.disabled || t.disabled === ""), ya = (t) => t && (t.defer || t.defer === ""), ka = (t) => typeof SVGElement < "u" && t instanceof SVGElement, wa = (t) => typeof MathMLElement == "function" && t instanceof MathMLElement, Ll = (t, e) => {
  const n = t && t.to;
  if (ke(n))
    if (e) {
      const i = e(n);
      return k.NODE_ENV !== "production" && !i && !Tn(t) && I(
        `Failed to locate Teleport target with selector "${n}". Note the target element must exist before the component is mounted - i.e. the target cannot be rendered by the component itself, and ideally should be outside of the entire Vue component tree.`
      ), i;
    } else
      return k.NODE_ENV !== "production" && I(
        "Current renderer does not support string target for Teleports. (missing querySelector renderer option)"
      ), null;
  else
    return k.NODE_ENV !== "production" && !n && !Tn(t) && I(`Invalid Teleport target: ${n}`), n;
}, Af = {
  name: "Teleport",
  __isTeleport: !0,
  process(t, e, n, i, o, l, s, r, a, c) {
    const {
      mc: f,
      pc: u,
      pbc: h,
      o: { insert: d, querySelector: p, createText: m, createComment: v }
    } = c, y = Tn(e.props);
    let { shapeFlag: C, children: N, dynamicChildren: P } = e;
    if (k.NODE_ENV !== "production" && gt && (a = !1, P = null), t == null) {
      const M = e.el = k.NODE_ENV !== "production" ? v("teleport start") : m(""), O = e.anchor = k.NODE_ENV !== "production" ? v("teleport end") : m("");
      d(M, n, i), d(O, n, i);
      const x = (S, $) => {
        C & 16 && (o && o.isCE && (o.ce._teleportTarget = S), f(
          N,
          S,
          $,
          o,
          l,
          s,
          r,
          a
        ));
      }, _ = () => {
        const S = e.target = Ll(e.props, p), $ = Pf(S, e, m, d);
        S ? (s !== "svg" && ka(S) ? s = "svg" : s !== "mathml" && wa(S) && (s = "mathml"), y || (x(S, $), qs(e, !1))) : k.NODE_ENV !== "production" && !y && I(
          "Invalid Teleport target on mount:",
          S,
          `(${typeof S})`
        );
      };
      y && (x(n, O), qs(e, !0)), ya(e.props) ? je(() => {
        _(), e.el.__isMounted = !0;
      }, l) : _();
    } else {
      if (ya(e.props) && !t.el.__isMounted) {
        je(() => {
          Af.process(
            t,
            e,
            n,
            i,
            o,
            l,
            s,
            r,
            a,
            c
          ), delete t.el.__isMounted;
        }, l);
        return;
      }
      e.el = t.el, e.targetStart = t.targetStart;
      const M = e.anchor = t.anchor, O = e.target = t.target, x = e.targetAnchor = t.targetAnchor, _ = Tn(t.props), S = _ ? n : O, $ = _ ? M : x;
      if (s === "svg" || ka(O) ? s = "svg" : (s === "mathml" || wa(O)) && (s = "mathml"), P ? (h(
        t.dynamicChildren,
        P,
        S,
        o,
        l,
        s,
        r
      ), zi(t, e, !0)) : a || u(
        t,
        e,
        S,
        $,
        o,
        l,
        s,
        r,
        !1
      ), y)
        _ ? e.props && t.props && e.props.to !== t.props.to && (e.props.to = t.props.to) : bs(
          e,
          n,
          M,
          c,
          1
        );
      else if ((e.props && e.props.to) !== (t.props && t.props.to)) {
        const A = e.target = Ll(
          e.props,
          p
        );
        A ? bs(
          e,
          A,
          null,
          c,
          0
        ) : k.NODE_ENV !== "production" && I(
          "Invalid Teleport target on update:",
          O,
          `(${typeof O})`
        );
      } else _ && bs(
        e,
        O,
        x,
        c,
        1
      );
      qs(e, y);
    }
  },
  remove(t, e, n, { um: i, o: { remove: o } }, l) {
    const {
      shapeFlag: s,
      children: r,
      anchor: a,
      targetStart: c,
      targetAnchor: f,
      target: u,
      props: h
    } = t;
    if (u && (o(c), o(f)), l && o(a), s & 16) {
      const d = l || !Tn(h);
      for (let p = 0; p < r.length; p++) {
        const m = r[p];
        i(
          m,
          e,
          n,
          d,
          !!m.dynamicChildren
        );
      }
    }
  },
  move: bs,
  hydrate: Xd
};
function bs(t, e, n, { o: { insert: i }, m: o }, l = 2) {
  l === 0 && i(t.targetAnchor, e, n);
  const { el: s, anchor: r, shapeFlag: a, children: c, props: f } = t, u = l === 2;
  if (u && i(s, e, n), (!u || Tn(f)) && a & 16)
    for (let h = 0; h < c.length; h++)
      o(
        c[h],
        e,
        n,
        2
      );
  u && i(r, e, n);
}
function Xd(t, e, n, i, o, l, {
  o: { nextSibling: s, parentNode: r, querySelector: a, insert: c, createText: f }
}, u) {
  const h = e.target = Ll(
    e.props,
    a
  );
  if (h) {
    const d = Tn(e.props), p = h._lpa || h.firstChild;
    if (e.shapeFlag & 16)
      if (d)
        e.anchor = u(
          s(t),
          e,
          r(t),
          n,
          i,
          o,
          l
        ), e.targetStart = p, e.targetAnchor = p && s(p);
      else {
        e.anchor = s(t);
        let m = p;
        for (; m; ) {
          if (m && m.nodeType === 8) {
            if (m.data === "teleport start anchor")
              e.targetStart = m;
            else if (m.data === "teleport anchor") {
              e.targetAnchor = m, h._lpa = e.targetAnchor && s(e.targetAnchor);
              break;
            }
          }
          m = s(m);
        }
        e.targetAnchor || Pf(h, e, f, c), u(
          p && s(p),
          e,
          h,
          n,
          i,
          o,
          l
        );
      }
    qs(e, d);
  }
  return e.anchor && s(e.anchor);
}
const Zd = Af;
function qs(t, e) {
  const n = t.ctx;
  if (n && n.ut) {
    let i, o;
    for (e ? (i = t.el, o = t.anchor) : (i = t.targetStart, o = t.targetAnchor); i && i !== o; )
      i.nodeType === 1 && i.setAttribute("data-v-owner", n.uid), i = i.nextSibling;
    n.ut();
  }
}
function Pf(t, e, n, i) {
  const o = e.targetStart = n(""), l = e.targetAnchor = n("");
  return o[Ff] = l, t && (i(o, t), i(l, t)), l;
}
function _r(t, e) {
  t.shapeFlag & 6 && t.component ? (t.transition = e, _r(t.component.subTree, e)) : t.shapeFlag & 128 ? (t.ssContent.transition = e.clone(t.ssContent), t.ssFallback.transition = e.clone(t.ssFallback)) : t.transition = e;
}
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Qd(t, e) {
  return Z(t) ? (
    // #8236: extend call and options.name access are considered side-effects
    // by Rollup, so we have to wrap it in a pure-annotated IIFE.
    we({ name: t.name }, e, { setup: t })
  ) : t;
}
function Tf(t) {
  t.ids = [t.ids[0] + t.ids[2]++ + "-", 0, 0];
}
const Jd = /* @__PURE__ */ new WeakSet();
function uo(t, e, n, i, o = !1) {
  if (Y(t)) {
    t.forEach(
      (p, m) => uo(
        p,
        e && (Y(e) ? e[m] : e),
        n,
        i,
        o
      )
    );
    return;
  }
  if ($i(i) && !o) {
    i.shapeFlag & 512 && i.type.__asyncResolved && i.component.subTree.component && uo(t, e, n, i.component.subTree);
    return;
  }
  const l = i.shapeFlag & 4 ? Fr(i.component) : i.el, s = o ? null : l, { i: r, r: a } = t;
  if (k.NODE_ENV !== "production" && !r) {
    I(
      "Missing ref owner context. ref cannot be used on hoisted vnodes. A vnode with ref must be created inside the render function."
    );
    return;
  }
  const c = e && e.r, f = r.refs === de ? r.refs = {} : r.refs, u = r.setupState, h = se(u), d = u === de ? () => !1 : (p) => k.NODE_ENV !== "production" && (ae(h, p) && !Se(h[p]) && I(
    `Template ref "${p}" used on a non-ref value. It will not work in the production build.`
  ), Jd.has(h[p])) ? !1 : ae(h, p);
  if (c != null && c !== a && (ke(c) ? (f[c] = null, d(c) && (u[c] = null)) : Se(c) && (c.value = null)), Z(a))
    di(a, r, 12, [s, f]);
  else {
    const p = ke(a), m = Se(a);
    if (p || m) {
      const v = () => {
        if (t.f) {
          const y = p ? d(a) ? u[a] : f[a] : a.value;
          o ? Y(y) && dr(y, l) : Y(y) ? y.includes(l) || y.push(l) : p ? (f[a] = [l], d(a) && (u[a] = f[a])) : (a.value = [l], t.k && (f[t.k] = a.value));
        } else p ? (f[a] = s, d(a) && (u[a] = s)) : m ? (a.value = s, t.k && (f[t.k] = s)) : k.NODE_ENV !== "production" && I("Invalid template ref type:", a, `(${typeof a})`);
      };
      s ? (v.id = -1, je(v, n)) : v();
    } else k.NODE_ENV !== "production" && I("Invalid template ref type:", a, `(${typeof a})`);
  }
}
os().requestIdleCallback;
os().cancelIdleCallback;
const $i = (t) => !!t.type.__asyncLoader, Cr = (t) => t.type.__isKeepAlive;
function e2(t, e) {
  Vf(t, "a", e);
}
function t2(t, e) {
  Vf(t, "da", e);
}
function Vf(t, e, n = Oe) {
  const i = t.__wdc || (t.__wdc = () => {
    let o = n;
    for (; o; ) {
      if (o.isDeactivated)
        return;
      o = o.parent;
    }
    return t();
  });
  if (Bo(e, i, n), n) {
    let o = n.parent;
    for (; o && o.parent; )
      Cr(o.parent.vnode) && n2(i, e, n, o), o = o.parent;
  }
}
function n2(t, e, n, i) {
  const o = Bo(
    e,
    t,
    i,
    !0
    /* prepend */
  );
  Lf(() => {
    dr(i[e], o);
  }, n);
}
function Bo(t, e, n = Oe, i = !1) {
  if (n) {
    const o = n[t] || (n[t] = []), l = e.__weh || (e.__weh = (...s) => {
      Qt();
      const r = cs(n), a = $t(e, n, t, s);
      return r(), Jt(), a;
    });
    return i ? o.unshift(l) : o.push(l), l;
  } else if (k.NODE_ENV !== "production") {
    const o = Dn(Mr[t].replace(/ hook$/, ""));
    I(
      `${o} is called when there is no active component instance to be associated with. Lifecycle injection APIs can only be used during execution of setup(). If you are using async setup(), make sure to register lifecycle hooks before the first await statement.`
    );
  }
}
const en = (t) => (e, n = Oe) => {
  (!Xi || t === "sp") && Bo(t, (...i) => e(...i), n);
}, i2 = en("bm"), s2 = en("m"), o2 = en(
  "bu"
), l2 = en("u"), r2 = en(
  "bum"
), Lf = en("um"), a2 = en(
  "sp"
), c2 = en("rtg"), f2 = en("rtc");
function u2(t, e = Oe) {
  Bo("ec", t, e);
}
const h2 = "components";
function nn(t, e) {
  return p2(h2, t, !0, e) || t;
}
const d2 = Symbol.for("v-ndc");
function p2(t, e, n = !0, i = !1) {
  const o = Ye || Oe;
  if (o) {
    const l = o.type;
    {
      const r = Ar(
        l,
        !1
      );
      if (r && (r === e || r === Pe(e) || r === zn(Pe(e))))
        return l;
    }
    const s = (
      // local registration
      // check instance[type] first which is resolved for options API
      xa(o[t] || l[t], e) || // global registration
      xa(o.appContext[t], e)
    );
    return !s && i ? l : (k.NODE_ENV !== "production" && n && !s && I(`Failed to resolve ${t.slice(0, -1)}: ${e}
If this is a native custom element, make sure to exclude it from component resolution via compilerOptions.isCustomElement.`), s);
  } else k.NODE_ENV !== "production" && I(
    `resolve${zn(t.slice(0, -1))} can only be used in render() or setup().`
  );
}
function xa(t, e) {
  return t && (t[e] || t[Pe(e)] || t[zn(Pe(e))]);
}
const Il = (t) => t ? au(t) ? Fr(t) : Il(t.parent) : null, Vn = (
  // Move PURE marker to new line to workaround compiler discarding it
  // due to type annotation
  /* @__PURE__ */ we(/* @__PURE__ */ Object.create(null), {
    $: (t) => t,
    $el: (t) => t.vnode.el,
    $data: (t) => t.data,
    $props: (t) => k.NODE_ENV !== "production" ? Ft(t.props) : t.props,
    $attrs: (t) => k.NODE_ENV !== "production" ? Ft(t.attrs) : t.attrs,
    $slots: (t) => k.NODE_ENV !== "production" ? Ft(t.slots) : t.slots,
    $refs: (t) => k.NODE_ENV !== "production" ? Ft(t.refs) : t.refs,
    $parent: (t) => Il(t.parent),
    $root: (t) => Il(t.root),
    $host: (t) => t.ce,
    $emit: (t) => t.emit,
    $options: (t) => zf(t),
    $forceUpdate: (t) => t.f || (t.f = () => {
      zo(t.update);
    }),
    $nextTick: (t) => t.n || (t.n = wf.bind(t.proxy)),
    $watch: (t) => U2.bind(t)
  })
), Nr = (t) => t === "_" || t === "$", il = (t, e) => t !== de && !t.__isScriptSetup && ae(t, e), If = {
  get({ _: t }, e) {
    if (e === "__v_skip")
      return !0;
    const { ctx: n, setupState: i, data: o, props: l, accessCache: s, type: r, appContext: a } = t;
    if (k.NODE_ENV !== "production" && e === "__isVue")
      return !0;
    let c;
    if (e[0] !== "$") {
      const d = s[e];
      if (d !== void 0)
        switch (d) {
          case 1:
            return i[e];
          case 2:
            return o[e];
          case 4:
            return n[e];
          case 3:
            return l[e];
        }
      else {
        if (il(i, e))
          return s[e] = 1, i[e];
        if (o !== de && ae(o, e))
          return s[e] = 2, o[e];
        if (
          // only cache other properties when instance has declared (thus stable)
          // props
          (c = t.propsOptions[0]) && ae(c, e)
        )
          return s[e] = 3, l[e];
        if (n !== de && ae(n, e))
          return s[e] = 4, n[e];
        $l && (s[e] = 0);
      }
    }
    const f = Vn[e];
    let u, h;
    if (f)
      return e === "$attrs" ? (Ce(t.attrs, "get", ""), k.NODE_ENV !== "production" && go()) : k.NODE_ENV !== "production" && e === "$slots" && Ce(t, "get", e), f(t);
    if (
      // css module (injected by vue-loader)
      (u = r.__cssModules) && (u = u[e])
    )
      return u;
    if (n !== de && ae(n, e))
      return s[e] = 4, n[e];
    if (
      // global properties
      h = a.config.globalProperties, ae(h, e)
    )
      return h[e];
    k.NODE_ENV !== "production" && Ye && (!ke(e) || // #1091 avoid internal isRef/isVNode checks on component instance leading
    // to infinite warning loop
    e.indexOf("__v") !== 0) && (o !== de && Nr(e[0]) && ae(o, e) ? I(
      `Property ${JSON.stringify(
        e
      )} must be accessed via $data because it starts with a reserved character ("$" or "_") and is not proxied on the render context.`
    ) : t === Ye && I(
      `Property ${JSON.stringify(e)} was accessed during render but is not defined on instance.`
    ));
  },
  set({ _: t }, e, n) {
    const { data: i, setupState: o, ctx: l } = t;
    return il(o, e) ? (o[e] = n, !0) : k.NODE_ENV !== "production" && o.__isScriptSetup && ae(o, e) ? (I(`Cannot mutate <script setup> binding "${e}" from Options API.`), !1) : i !== de && ae(i, e) ? (i[e] = n, !0) : ae(t.props, e) ? (k.NODE_ENV !== "production" && I(`Attempting to mutate prop "${e}". Props are readonly.`), !1) : e[0] === "$" && e.slice(1) in t ? (k.NODE_ENV !== "production" && I(
      `Attempting to mutate public property "${e}". Properties starting with $ are reserved and readonly.`
    ), !1) : (k.NODE_ENV !== "production" && e in t.appContext.config.globalProperties ? Object.defineProperty(l, e, {
      enumerable: !0,
      configurable: !0,
      value: n
    }) : l[e] = n, !0);
  },
  has({
    _: { data: t, setupState: e, accessCache: n, ctx: i, appContext: o, propsOptions: l }
  }, s) {
    let r;
    return !!n[s] || t !== de && ae(t, s) || il(e, s) || (r = l[0]) && ae(r, s) || ae(i, s) || ae(Vn, s) || ae(o.config.globalProperties, s);
  },
  defineProperty(t, e, n) {
    return n.get != null ? t._.accessCache[e] = 0 : ae(n, "value") && this.set(t, e, n.value, null), Reflect.defineProperty(t, e, n);
  }
};
k.NODE_ENV !== "production" && (If.ownKeys = (t) => (I(
  "Avoid app logic that relies on enumerating keys on a component instance. The keys will be empty in production mode to avoid performance overhead."
), Reflect.ownKeys(t)));
function g2(t) {
  const e = {};
  return Object.defineProperty(e, "_", {
    configurable: !0,
    enumerable: !1,
    get: () => t
  }), Object.keys(Vn).forEach((n) => {
    Object.defineProperty(e, n, {
      configurable: !0,
      enumerable: !1,
      get: () => Vn[n](t),
      // intercepted by the proxy so no need for implementation,
      // but needed to prevent set errors
      set: Ne
    });
  }), e;
}
function m2(t) {
  const {
    ctx: e,
    propsOptions: [n]
  } = t;
  n && Object.keys(n).forEach((i) => {
    Object.defineProperty(e, i, {
      enumerable: !0,
      configurable: !0,
      get: () => t.props[i],
      set: Ne
    });
  });
}
function v2(t) {
  const { ctx: e, setupState: n } = t;
  Object.keys(se(n)).forEach((i) => {
    if (!n.__isScriptSetup) {
      if (Nr(i[0])) {
        I(
          `setup() return property ${JSON.stringify(
            i
          )} should not start with "$" or "_" which are reserved prefixes for Vue internals.`
        );
        return;
      }
      Object.defineProperty(e, i, {
        enumerable: !0,
        configurable: !0,
        get: () => n[i],
        set: Ne
      });
    }
  });
}
function Ma(t) {
  return Y(t) ? t.reduce(
    (e, n) => (e[n] = null, e),
    {}
  ) : t;
}
function b2() {
  const t = /* @__PURE__ */ Object.create(null);
  return (e, n) => {
    t[n] ? I(`${e} property "${n}" is already defined in ${t[n]}.`) : t[n] = e;
  };
}
let $l = !0;
function y2(t) {
  const e = zf(t), n = t.proxy, i = t.ctx;
  $l = !1, e.beforeCreate && Da(e.beforeCreate, t, "bc");
  const {
    // state
    data: o,
    computed: l,
    methods: s,
    watch: r,
    provide: a,
    inject: c,
    // lifecycle
    created: f,
    beforeMount: u,
    mounted: h,
    beforeUpdate: d,
    updated: p,
    activated: m,
    deactivated: v,
    beforeDestroy: y,
    beforeUnmount: C,
    destroyed: N,
    unmounted: P,
    render: M,
    renderTracked: O,
    renderTriggered: x,
    errorCaptured: _,
    serverPrefetch: S,
    // public API
    expose: $,
    inheritAttrs: A,
    // assets
    components: j,
    directives: U,
    filters: be
  } = e, ne = k.NODE_ENV !== "production" ? b2() : null;
  if (k.NODE_ENV !== "production") {
    const [G] = t.propsOptions;
    if (G)
      for (const X in G)
        ne("Props", X);
  }
  if (c && k2(c, i, ne), s)
    for (const G in s) {
      const X = s[G];
      Z(X) ? (k.NODE_ENV !== "production" ? Object.defineProperty(i, G, {
        value: X.bind(n),
        configurable: !0,
        enumerable: !0,
        writable: !0
      }) : i[G] = X.bind(n), k.NODE_ENV !== "production" && ne("Methods", G)) : k.NODE_ENV !== "production" && I(
        `Method "${G}" has type "${typeof X}" in the component definition. Did you reference the function correctly?`
      );
    }
  if (o) {
    k.NODE_ENV !== "production" && !Z(o) && I(
      "The data option must be a function. Plain object usage is no longer supported."
    );
    const G = o.call(n, n);
    if (k.NODE_ENV !== "production" && pr(G) && I(
      "data() returned a Promise - note data() cannot be async; If you intend to perform data fetching before component renders, use async setup() + <Suspense>."
    ), !ve(G))
      k.NODE_ENV !== "production" && I("data() should return an object.");
    else if (t.data = xr(G), k.NODE_ENV !== "production")
      for (const X in G)
        ne("Data", X), Nr(X[0]) || Object.defineProperty(i, X, {
          configurable: !0,
          enumerable: !0,
          get: () => G[X],
          set: Ne
        });
  }
  if ($l = !0, l)
    for (const G in l) {
      const X = l[G], ge = Z(X) ? X.bind(n, n) : Z(X.get) ? X.get.bind(n, n) : Ne;
      k.NODE_ENV !== "production" && ge === Ne && I(`Computed property "${G}" has no getter.`);
      const ut = !Z(X) && Z(X.set) ? X.set.bind(n) : k.NODE_ENV !== "production" ? () => {
        I(
          `Write operation failed: computed property "${G}" is readonly.`
        );
      } : Ne, st = uu({
        get: ge,
        set: ut
      });
      Object.defineProperty(i, G, {
        enumerable: !0,
        configurable: !0,
        get: () => st.value,
        set: ($e) => st.value = $e
      }), k.NODE_ENV !== "production" && ne("Computed", G);
    }
  if (r)
    for (const G in r)
      $f(r[G], i, n, G);
  if (a) {
    const G = Z(a) ? a.call(n) : a;
    Reflect.ownKeys(G).forEach((X) => {
      _2(X, G[X]);
    });
  }
  f && Da(f, t, "c");
  function ee(G, X) {
    Y(X) ? X.forEach((ge) => G(ge.bind(n))) : X && G(X.bind(n));
  }
  if (ee(i2, u), ee(s2, h), ee(o2, d), ee(l2, p), ee(e2, m), ee(t2, v), ee(u2, _), ee(f2, O), ee(c2, x), ee(r2, C), ee(Lf, P), ee(a2, S), Y($))
    if ($.length) {
      const G = t.exposed || (t.exposed = {});
      $.forEach((X) => {
        Object.defineProperty(G, X, {
          get: () => n[X],
          set: (ge) => n[X] = ge
        });
      });
    } else t.exposed || (t.exposed = {});
  M && t.render === Ne && (t.render = M), A != null && (t.inheritAttrs = A), j && (t.components = j), U && (t.directives = U), S && Tf(t);
}
function k2(t, e, n = Ne) {
  Y(t) && (t = zl(t));
  for (const i in t) {
    const o = t[i];
    let l;
    ve(o) ? "default" in o ? l = Us(
      o.from || i,
      o.default,
      !0
    ) : l = Us(o.from || i) : l = Us(o), Se(l) ? Object.defineProperty(e, i, {
      enumerable: !0,
      configurable: !0,
      get: () => l.value,
      set: (s) => l.value = s
    }) : e[i] = l, k.NODE_ENV !== "production" && n("Inject", i);
  }
}
function Da(t, e, n) {
  $t(
    Y(t) ? t.map((i) => i.bind(e.proxy)) : t.bind(e.proxy),
    e,
    n
  );
}
function $f(t, e, n, i) {
  let o = i.includes(".") ? Jf(n, i) : () => n[i];
  if (ke(t)) {
    const l = e[t];
    Z(l) ? ol(o, l) : k.NODE_ENV !== "production" && I(`Invalid watch handler specified by key "${t}"`, l);
  } else if (Z(t))
    ol(o, t.bind(n));
  else if (ve(t))
    if (Y(t))
      t.forEach((l) => $f(l, e, n, i));
    else {
      const l = Z(t.handler) ? t.handler.bind(n) : e[t.handler];
      Z(l) ? ol(o, l, t) : k.NODE_ENV !== "production" && I(`Invalid watch handler specified by key "${t.handler}"`, l);
    }
  else k.NODE_ENV !== "production" && I(`Invalid watch option: "${i}"`, t);
}
function zf(t) {
  const e = t.type, { mixins: n, extends: i } = e, {
    mixins: o,
    optionsCache: l,
    config: { optionMergeStrategies: s }
  } = t.appContext, r = l.get(e);
  let a;
  return r ? a = r : !o.length && !n && !i ? a = e : (a = {}, o.length && o.forEach(
    (c) => ho(a, c, s, !0)
  ), ho(a, e, s)), ve(e) && l.set(e, a), a;
}
function ho(t, e, n, i = !1) {
  const { mixins: o, extends: l } = e;
  l && ho(t, l, n, !0), o && o.forEach(
    (s) => ho(t, s, n, !0)
  );
  for (const s in e)
    if (i && s === "expose")
      k.NODE_ENV !== "production" && I(
        '"expose" option is ignored when declared in mixins or extends. It should only be declared in the base component itself.'
      );
    else {
      const r = w2[s] || n && n[s];
      t[s] = r ? r(t[s], e[s]) : e[s];
    }
  return t;
}
const w2 = {
  data: Ea,
  props: _a,
  emits: _a,
  // objects
  methods: Fi,
  computed: Fi,
  // lifecycle
  beforeCreate: He,
  created: He,
  beforeMount: He,
  mounted: He,
  beforeUpdate: He,
  updated: He,
  beforeDestroy: He,
  beforeUnmount: He,
  destroyed: He,
  unmounted: He,
  activated: He,
  deactivated: He,
  errorCaptured: He,
  serverPrefetch: He,
  // assets
  components: Fi,
  directives: Fi,
  // watch
  watch: M2,
  // provide / inject
  provide: Ea,
  inject: x2
};
function Ea(t, e) {
  return e ? t ? function() {
    return we(
      Z(t) ? t.call(this, this) : t,
      Z(e) ? e.call(this, this) : e
    );
  } : e : t;
}
function x2(t, e) {
  return Fi(zl(t), zl(e));
}
function zl(t) {
  if (Y(t)) {
    const e = {};
    for (let n = 0; n < t.length; n++)
      e[t[n]] = t[n];
    return e;
  }
  return t;
}
function He(t, e) {
  return t ? [...new Set([].concat(t, e))] : e;
}
function Fi(t, e) {
  return t ? we(/* @__PURE__ */ Object.create(null), t, e) : e;
}
function _a(t, e) {
  return t ? Y(t) && Y(e) ? [.../* @__PURE__ */ new Set([...t, ...e])] : we(
    /* @__PURE__ */ Object.create(null),
    Ma(t),
    Ma(e ?? {})
  ) : e;
}
function M2(t, e) {
  if (!t) return e;
  if (!e) return t;
  const n = we(/* @__PURE__ */ Object.create(null), t);
  for (const i in e)
    n[i] = He(t[i], e[i]);
  return n;
}
function Bf() {
  return {
    app: null,
    config: {
      isNativeTag: Ih,
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
let D2 = 0;
function E2(t, e) {
  return function(i, o = null) {
    Z(i) || (i = we({}, i)), o != null && !ve(o) && (k.NODE_ENV !== "production" && I("root props passed to app.mount() must be an object."), o = null);
    const l = Bf(), s = /* @__PURE__ */ new WeakSet(), r = [];
    let a = !1;
    const c = l.app = {
      _uid: D2++,
      _component: i,
      _props: o,
      _container: null,
      _context: l,
      _instance: null,
      version: Ia,
      get config() {
        return l.config;
      },
      set config(f) {
        k.NODE_ENV !== "production" && I(
          "app.config cannot be replaced. Modify individual options instead."
        );
      },
      use(f, ...u) {
        return s.has(f) ? k.NODE_ENV !== "production" && I("Plugin has already been applied to target app.") : f && Z(f.install) ? (s.add(f), f.install(c, ...u)) : Z(f) ? (s.add(f), f(c, ...u)) : k.NODE_ENV !== "production" && I(
          'A plugin must either be a function or an object with an "install" function.'
        ), c;
      },
      mixin(f) {
        return l.mixins.includes(f) ? k.NODE_ENV !== "production" && I(
          "Mixin has already been applied to target app" + (f.name ? `: ${f.name}` : "")
        ) : l.mixins.push(f), c;
      },
      component(f, u) {
        return k.NODE_ENV !== "production" && Gl(f, l.config), u ? (k.NODE_ENV !== "production" && l.components[f] && I(`Component "${f}" has already been registered in target app.`), l.components[f] = u, c) : l.components[f];
      },
      directive(f, u) {
        return k.NODE_ENV !== "production" && Rf(f), u ? (k.NODE_ENV !== "production" && l.directives[f] && I(`Directive "${f}" has already been registered in target app.`), l.directives[f] = u, c) : l.directives[f];
      },
      mount(f, u, h) {
        if (a)
          k.NODE_ENV !== "production" && I(
            "App has already been mounted.\nIf you want to remount the same app, move your app creation logic into a factory function and create fresh app instances for each mount - e.g. `const createMyApp = () => createApp(App)`"
          );
        else {
          k.NODE_ENV !== "production" && f.__vue_app__ && I(
            "There is already an app instance mounted on the host container.\n If you want to mount another app on the same host container, you need to unmount the previous app by calling `app.unmount()` first."
          );
          const d = c._ceVNode || Fe(i, o);
          return d.appContext = l, h === !0 ? h = "svg" : h === !1 && (h = void 0), k.NODE_ENV !== "production" && (l.reload = () => {
            t(
              hn(d),
              f,
              h
            );
          }), t(d, f, h), a = !0, c._container = f, f.__vue_app__ = c, k.NODE_ENV !== "production" && (c._instance = d.component, zd(c, Ia)), Fr(d.component);
        }
      },
      onUnmount(f) {
        k.NODE_ENV !== "production" && typeof f != "function" && I(
          `Expected function as first argument to app.onUnmount(), but got ${typeof f}`
        ), r.push(f);
      },
      unmount() {
        a ? ($t(
          r,
          c._instance,
          16
        ), t(null, c._container), k.NODE_ENV !== "production" && (c._instance = null, Bd(c)), delete c._container.__vue_app__) : k.NODE_ENV !== "production" && I("Cannot unmount an app that is not mounted.");
      },
      provide(f, u) {
        return k.NODE_ENV !== "production" && f in l.provides && I(
          `App already provides property with key "${String(f)}". It will be overwritten with the new value.`
        ), l.provides[f] = u, c;
      },
      runWithContext(f) {
        const u = oi;
        oi = c;
        try {
          return f();
        } finally {
          oi = u;
        }
      }
    };
    return c;
  };
}
let oi = null;
function _2(t, e) {
  if (!Oe)
    k.NODE_ENV !== "production" && I("provide() can only be used inside setup().");
  else {
    let n = Oe.provides;
    const i = Oe.parent && Oe.parent.provides;
    i === n && (n = Oe.provides = Object.create(i)), n[t] = e;
  }
}
function Us(t, e, n = !1) {
  const i = Oe || Ye;
  if (i || oi) {
    const o = oi ? oi._context.provides : i ? i.parent == null ? i.vnode.appContext && i.vnode.appContext.provides : i.parent.provides : void 0;
    if (o && t in o)
      return o[t];
    if (arguments.length > 1)
      return n && Z(e) ? e.call(i && i.proxy) : e;
    k.NODE_ENV !== "production" && I(`injection "${String(t)}" not found.`);
  } else k.NODE_ENV !== "production" && I("inject() can only be used inside setup() or functional components.");
}
const Hf = {}, jf = () => Object.create(Hf), Wf = (t) => Object.getPrototypeOf(t) === Hf;
function C2(t, e, n, i = !1) {
  const o = {}, l = jf();
  t.propsDefaults = /* @__PURE__ */ Object.create(null), Gf(t, e, o, l);
  for (const s in t.propsOptions[0])
    s in o || (o[s] = void 0);
  k.NODE_ENV !== "production" && Uf(e || {}, o, t), n ? t.props = i ? o : xd(o) : t.type.props ? t.props = o : t.props = l, t.attrs = l;
}
function N2(t) {
  for (; t; ) {
    if (t.type.__hmrId) return !0;
    t = t.parent;
  }
}
function O2(t, e, n, i) {
  const {
    props: o,
    attrs: l,
    vnode: { patchFlag: s }
  } = t, r = se(o), [a] = t.propsOptions;
  let c = !1;
  if (
    // always force full diff in dev
    // - #1942 if hmr is enabled with sfc component
    // - vite#872 non-sfc component used by sfc component
    !(k.NODE_ENV !== "production" && N2(t)) && (i || s > 0) && !(s & 16)
  ) {
    if (s & 8) {
      const f = t.vnode.dynamicProps;
      for (let u = 0; u < f.length; u++) {
        let h = f[u];
        if (Ho(t.emitsOptions, h))
          continue;
        const d = e[h];
        if (a)
          if (ae(l, h))
            d !== l[h] && (l[h] = d, c = !0);
          else {
            const p = Pe(h);
            o[p] = Bl(
              a,
              r,
              p,
              d,
              t,
              !1
            );
          }
        else
          d !== l[h] && (l[h] = d, c = !0);
      }
    }
  } else {
    Gf(t, e, o, l) && (c = !0);
    let f;
    for (const u in r)
      (!e || // for camelCase
      !ae(e, u) && // it's possible the original props was passed in as kebab-case
      // and converted to camelCase (#955)
      ((f = et(u)) === u || !ae(e, f))) && (a ? n && // for camelCase
      (n[u] !== void 0 || // for kebab-case
      n[f] !== void 0) && (o[u] = Bl(
        a,
        r,
        u,
        void 0,
        t,
        !0
      )) : delete o[u]);
    if (l !== r)
      for (const u in l)
        (!e || !ae(e, u)) && (delete l[u], c = !0);
  }
  c && St(t.attrs, "set", ""), k.NODE_ENV !== "production" && Uf(e || {}, o, t);
}
function Gf(t, e, n, i) {
  const [o, l] = t.propsOptions;
  let s = !1, r;
  if (e)
    for (let a in e) {
      if (Vi(a))
        continue;
      const c = e[a];
      let f;
      o && ae(o, f = Pe(a)) ? !l || !l.includes(f) ? n[f] = c : (r || (r = {}))[f] = c : Ho(t.emitsOptions, a) || (!(a in i) || c !== i[a]) && (i[a] = c, s = !0);
    }
  if (l) {
    const a = se(n), c = r || de;
    for (let f = 0; f < l.length; f++) {
      const u = l[f];
      n[u] = Bl(
        o,
        a,
        u,
        c[u],
        t,
        !ae(c, u)
      );
    }
  }
  return s;
}
function Bl(t, e, n, i, o, l) {
  const s = t[n];
  if (s != null) {
    const r = ae(s, "default");
    if (r && i === void 0) {
      const a = s.default;
      if (s.type !== Function && !s.skipFactory && Z(a)) {
        const { propsDefaults: c } = o;
        if (n in c)
          i = c[n];
        else {
          const f = cs(o);
          i = c[n] = a.call(
            null,
            e
          ), f();
        }
      } else
        i = a;
      o.ce && o.ce._setProp(n, i);
    }
    s[
      0
      /* shouldCast */
    ] && (l && !r ? i = !1 : s[
      1
      /* shouldCastTrue */
    ] && (i === "" || i === et(n)) && (i = !0));
  }
  return i;
}
const S2 = /* @__PURE__ */ new WeakMap();
function qf(t, e, n = !1) {
  const i = n ? S2 : e.propsCache, o = i.get(t);
  if (o)
    return o;
  const l = t.props, s = {}, r = [];
  let a = !1;
  if (!Z(t)) {
    const f = (u) => {
      a = !0;
      const [h, d] = qf(u, e, !0);
      we(s, h), d && r.push(...d);
    };
    !n && e.mixins.length && e.mixins.forEach(f), t.extends && f(t.extends), t.mixins && t.mixins.forEach(f);
  }
  if (!l && !a)
    return ve(t) && i.set(t, ni), ni;
  if (Y(l))
    for (let f = 0; f < l.length; f++) {
      k.NODE_ENV !== "production" && !ke(l[f]) && I("props must be strings when using array syntax.", l[f]);
      const u = Pe(l[f]);
      Ca(u) && (s[u] = de);
    }
  else if (l) {
    k.NODE_ENV !== "production" && !ve(l) && I("invalid props options", l);
    for (const f in l) {
      const u = Pe(f);
      if (Ca(u)) {
        const h = l[f], d = s[u] = Y(h) || Z(h) ? { type: h } : we({}, h), p = d.type;
        let m = !1, v = !0;
        if (Y(p))
          for (let y = 0; y < p.length; ++y) {
            const C = p[y], N = Z(C) && C.name;
            if (N === "Boolean") {
              m = !0;
              break;
            } else N === "String" && (v = !1);
          }
        else
          m = Z(p) && p.name === "Boolean";
        d[
          0
          /* shouldCast */
        ] = m, d[
          1
          /* shouldCastTrue */
        ] = v, (m || ae(d, "default")) && r.push(u);
      }
    }
  }
  const c = [s, r];
  return ve(t) && i.set(t, c), c;
}
function Ca(t) {
  return t[0] !== "$" && !Vi(t) ? !0 : (k.NODE_ENV !== "production" && I(`Invalid prop name: "${t}" is a reserved property.`), !1);
}
function R2(t) {
  return t === null ? "null" : typeof t == "function" ? t.name || "" : typeof t == "object" && t.constructor && t.constructor.name || "";
}
function Uf(t, e, n) {
  const i = se(e), o = n.propsOptions[0], l = Object.keys(t).map((s) => Pe(s));
  for (const s in o) {
    let r = o[s];
    r != null && F2(
      s,
      i[s],
      r,
      k.NODE_ENV !== "production" ? Ft(i) : i,
      !l.includes(s)
    );
  }
}
function F2(t, e, n, i, o) {
  const { type: l, required: s, validator: r, skipCheck: a } = n;
  if (s && o) {
    I('Missing required prop: "' + t + '"');
    return;
  }
  if (!(e == null && !s)) {
    if (l != null && l !== !0 && !a) {
      let c = !1;
      const f = Y(l) ? l : [l], u = [];
      for (let h = 0; h < f.length && !c; h++) {
        const { valid: d, expectedType: p } = P2(e, f[h]);
        u.push(p || ""), c = d;
      }
      if (!c) {
        I(T2(t, e, u));
        return;
      }
    }
    r && !r(e, i) && I('Invalid prop: custom validator check failed for prop "' + t + '".');
  }
}
const A2 = /* @__PURE__ */ Zt(
  "String,Number,Boolean,Function,Symbol,BigInt"
);
function P2(t, e) {
  let n;
  const i = R2(e);
  if (i === "null")
    n = t === null;
  else if (A2(i)) {
    const o = typeof t;
    n = o === i.toLowerCase(), !n && o === "object" && (n = t instanceof e);
  } else i === "Object" ? n = ve(t) : i === "Array" ? n = Y(t) : n = t instanceof e;
  return {
    valid: n,
    expectedType: i
  };
}
function T2(t, e, n) {
  if (n.length === 0)
    return `Prop type [] for prop "${t}" won't match anything. Did you mean to use type Array instead?`;
  let i = `Invalid prop: type check failed for prop "${t}". Expected ${n.map(zn).join(" | ")}`;
  const o = n[0], l = gr(e), s = Na(e, o), r = Na(e, l);
  return n.length === 1 && Oa(o) && !V2(o, l) && (i += ` with value ${s}`), i += `, got ${l} `, Oa(l) && (i += `with value ${r}.`), i;
}
function Na(t, e) {
  return e === "String" ? `"${t}"` : e === "Number" ? `${Number(t)}` : `${t}`;
}
function Oa(t) {
  return ["string", "number", "boolean"].some((n) => t.toLowerCase() === n);
}
function V2(...t) {
  return t.some((e) => e.toLowerCase() === "boolean");
}
const Yf = (t) => t[0] === "_" || t === "$stable", Or = (t) => Y(t) ? t.map(dt) : [dt(t)], L2 = (t, e, n) => {
  if (e._n)
    return e;
  const i = Yd((...o) => (k.NODE_ENV !== "production" && Oe && (!n || n.root === Oe.root) && I(
    `Slot "${t}" invoked outside of the render function: this will not track dependencies used in the slot. Invoke the slot function inside the render function instead.`
  ), Or(e(...o))), n);
  return i._c = !1, i;
}, Kf = (t, e, n) => {
  const i = t._ctx;
  for (const o in t) {
    if (Yf(o)) continue;
    const l = t[o];
    if (Z(l))
      e[o] = L2(o, l, i);
    else if (l != null) {
      k.NODE_ENV !== "production" && I(
        `Non-function value encountered for slot "${o}". Prefer function slots for better performance.`
      );
      const s = Or(l);
      e[o] = () => s;
    }
  }
}, Xf = (t, e) => {
  k.NODE_ENV !== "production" && !Cr(t.vnode) && I(
    "Non-function value encountered for default slot. Prefer function slots for better performance."
  );
  const n = Or(e);
  t.slots.default = () => n;
}, Hl = (t, e, n) => {
  for (const i in e)
    (n || i !== "_") && (t[i] = e[i]);
}, I2 = (t, e, n) => {
  const i = t.slots = jf();
  if (t.vnode.shapeFlag & 32) {
    const o = e._;
    o ? (Hl(i, e, n), n && oo(i, "_", o, !0)) : Kf(e, i);
  } else e && Xf(t, e);
}, $2 = (t, e, n) => {
  const { vnode: i, slots: o } = t;
  let l = !0, s = de;
  if (i.shapeFlag & 32) {
    const r = e._;
    r ? k.NODE_ENV !== "production" && gt ? (Hl(o, e, n), St(t, "set", "$slots")) : n && r === 1 ? l = !1 : Hl(o, e, n) : (l = !e.$stable, Kf(e, o)), s = e;
  } else e && (Xf(t, e), s = { default: 1 });
  if (l)
    for (const r in o)
      !Yf(r) && s[r] == null && delete o[r];
};
let Di, an;
function Un(t, e) {
  t.appContext.config.performance && po() && an.mark(`vue-${e}-${t.uid}`), k.NODE_ENV !== "production" && Gd(t, e, po() ? an.now() : Date.now());
}
function Yn(t, e) {
  if (t.appContext.config.performance && po()) {
    const n = `vue-${e}-${t.uid}`, i = n + ":end";
    an.mark(i), an.measure(
      `<${Wo(t, t.type)}> ${e}`,
      n,
      i
    ), an.clearMarks(n), an.clearMarks(i);
  }
  k.NODE_ENV !== "production" && qd(t, e, po() ? an.now() : Date.now());
}
function po() {
  return Di !== void 0 || (typeof window < "u" && window.performance ? (Di = !0, an = window.performance) : Di = !1), Di;
}
function z2() {
  const t = [];
  if (k.NODE_ENV !== "production" && t.length) {
    const e = t.length > 1;
    console.warn(
      `Feature flag${e ? "s" : ""} ${t.join(", ")} ${e ? "are" : "is"} not explicitly defined. You are running the esm-bundler build of Vue, which expects these compile-time feature flags to be globally injected via the bundler config in order to get better tree-shaking in the production bundle.

For more details, see https://link.vuejs.org/feature-flags.`
    );
  }
}
const je = e3;
function B2(t) {
  return H2(t);
}
function H2(t, e) {
  z2();
  const n = os();
  n.__VUE__ = !0, k.NODE_ENV !== "production" && Cf(n.__VUE_DEVTOOLS_GLOBAL_HOOK__, n);
  const {
    insert: i,
    remove: o,
    patchProp: l,
    createElement: s,
    createText: r,
    createComment: a,
    setText: c,
    setElementText: f,
    parentNode: u,
    nextSibling: h,
    setScopeId: d = Ne,
    insertStaticContent: p
  } = t, m = (g, b, E, T = null, R = null, F = null, H = void 0, B = null, z = k.NODE_ENV !== "production" && gt ? !1 : !!b.dynamicChildren) => {
    if (g === b)
      return;
    g && !Ei(g, b) && (T = ps(g), Re(g, R, F, !0), g = null), b.patchFlag === -2 && (z = !1, b.dynamicChildren = null);
    const { type: V, ref: K, shapeFlag: W } = b;
    switch (V) {
      case as:
        v(g, b, E, T);
        break;
      case it:
        y(g, b, E, T);
        break;
      case Ys:
        g == null ? C(b, E, T, H) : k.NODE_ENV !== "production" && N(g, b, E, H);
        break;
      case Ot:
        U(
          g,
          b,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        );
        break;
      default:
        W & 1 ? O(
          g,
          b,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        ) : W & 6 ? be(
          g,
          b,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        ) : W & 64 || W & 128 ? V.process(
          g,
          b,
          E,
          T,
          R,
          F,
          H,
          B,
          z,
          ki
        ) : k.NODE_ENV !== "production" && I("Invalid VNode type:", V, `(${typeof V})`);
    }
    K != null && R && uo(K, g && g.ref, F, b || g, !b);
  }, v = (g, b, E, T) => {
    if (g == null)
      i(
        b.el = r(b.children),
        E,
        T
      );
    else {
      const R = b.el = g.el;
      b.children !== g.children && c(R, b.children);
    }
  }, y = (g, b, E, T) => {
    g == null ? i(
      b.el = a(b.children || ""),
      E,
      T
    ) : b.el = g.el;
  }, C = (g, b, E, T) => {
    [g.el, g.anchor] = p(
      g.children,
      b,
      E,
      T,
      g.el,
      g.anchor
    );
  }, N = (g, b, E, T) => {
    if (b.children !== g.children) {
      const R = h(g.anchor);
      M(g), [b.el, b.anchor] = p(
        b.children,
        E,
        R,
        T
      );
    } else
      b.el = g.el, b.anchor = g.anchor;
  }, P = ({ el: g, anchor: b }, E, T) => {
    let R;
    for (; g && g !== b; )
      R = h(g), i(g, E, T), g = R;
    i(b, E, T);
  }, M = ({ el: g, anchor: b }) => {
    let E;
    for (; g && g !== b; )
      E = h(g), o(g), g = E;
    o(b);
  }, O = (g, b, E, T, R, F, H, B, z) => {
    b.type === "svg" ? H = "svg" : b.type === "math" && (H = "mathml"), g == null ? x(
      b,
      E,
      T,
      R,
      F,
      H,
      B,
      z
    ) : $(
      g,
      b,
      R,
      F,
      H,
      B,
      z
    );
  }, x = (g, b, E, T, R, F, H, B) => {
    let z, V;
    const { props: K, shapeFlag: W, transition: q, dirs: Q } = g;
    if (z = g.el = s(
      g.type,
      F,
      K && K.is,
      K
    ), W & 8 ? f(z, g.children) : W & 16 && S(
      g.children,
      z,
      null,
      T,
      R,
      sl(g, F),
      H,
      B
    ), Q && yn(g, null, T, "created"), _(z, g, g.scopeId, H, T), K) {
      for (const me in K)
        me !== "value" && !Vi(me) && l(z, me, null, K[me], F, T);
      "value" in K && l(z, "value", null, K.value, F), (V = K.onVnodeBeforeMount) && Mt(V, T, g);
    }
    k.NODE_ENV !== "production" && (oo(z, "__vnode", g, !0), oo(z, "__vueParentComponent", T, !0)), Q && yn(g, null, T, "beforeMount");
    const re = j2(R, q);
    re && q.beforeEnter(z), i(z, b, E), ((V = K && K.onVnodeMounted) || re || Q) && je(() => {
      V && Mt(V, T, g), re && q.enter(z), Q && yn(g, null, T, "mounted");
    }, R);
  }, _ = (g, b, E, T, R) => {
    if (E && d(g, E), T)
      for (let F = 0; F < T.length; F++)
        d(g, T[F]);
    if (R) {
      let F = R.subTree;
      if (k.NODE_ENV !== "production" && F.patchFlag > 0 && F.patchFlag & 2048 && (F = Sr(F.children) || F), b === F || nu(F.type) && (F.ssContent === b || F.ssFallback === b)) {
        const H = R.vnode;
        _(
          g,
          H,
          H.scopeId,
          H.slotScopeIds,
          R.parent
        );
      }
    }
  }, S = (g, b, E, T, R, F, H, B, z = 0) => {
    for (let V = z; V < g.length; V++) {
      const K = g[V] = B ? on(g[V]) : dt(g[V]);
      m(
        null,
        K,
        b,
        E,
        T,
        R,
        F,
        H,
        B
      );
    }
  }, $ = (g, b, E, T, R, F, H) => {
    const B = b.el = g.el;
    k.NODE_ENV !== "production" && (B.__vnode = b);
    let { patchFlag: z, dynamicChildren: V, dirs: K } = b;
    z |= g.patchFlag & 16;
    const W = g.props || de, q = b.props || de;
    let Q;
    if (E && kn(E, !1), (Q = q.onVnodeBeforeUpdate) && Mt(Q, E, b, g), K && yn(b, g, E, "beforeUpdate"), E && kn(E, !0), k.NODE_ENV !== "production" && gt && (z = 0, H = !1, V = null), (W.innerHTML && q.innerHTML == null || W.textContent && q.textContent == null) && f(B, ""), V ? (A(
      g.dynamicChildren,
      V,
      B,
      E,
      T,
      sl(b, R),
      F
    ), k.NODE_ENV !== "production" && zi(g, b)) : H || ge(
      g,
      b,
      B,
      null,
      E,
      T,
      sl(b, R),
      F,
      !1
    ), z > 0) {
      if (z & 16)
        j(B, W, q, E, R);
      else if (z & 2 && W.class !== q.class && l(B, "class", null, q.class, R), z & 4 && l(B, "style", W.style, q.style, R), z & 8) {
        const re = b.dynamicProps;
        for (let me = 0; me < re.length; me++) {
          const ue = re[me], Ze = W[ue], Ge = q[ue];
          (Ge !== Ze || ue === "value") && l(B, ue, Ze, Ge, R, E);
        }
      }
      z & 1 && g.children !== b.children && f(B, b.children);
    } else !H && V == null && j(B, W, q, E, R);
    ((Q = q.onVnodeUpdated) || K) && je(() => {
      Q && Mt(Q, E, b, g), K && yn(b, g, E, "updated");
    }, T);
  }, A = (g, b, E, T, R, F, H) => {
    for (let B = 0; B < b.length; B++) {
      const z = g[B], V = b[B], K = (
        // oldVNode may be an errored async setup() component inside Suspense
        // which will not have a mounted element
        z.el && // - In the case of a Fragment, we need to provide the actual parent
        // of the Fragment itself so it can move its children.
        (z.type === Ot || // - In the case of different nodes, there is going to be a replacement
        // which also requires the correct parent container
        !Ei(z, V) || // - In the case of a component, it could contain anything.
        z.shapeFlag & 70) ? u(z.el) : (
          // In other cases, the parent container is not actually used so we
          // just pass the block element here to avoid a DOM parentNode call.
          E
        )
      );
      m(
        z,
        V,
        K,
        null,
        T,
        R,
        F,
        H,
        !0
      );
    }
  }, j = (g, b, E, T, R) => {
    if (b !== E) {
      if (b !== de)
        for (const F in b)
          !Vi(F) && !(F in E) && l(
            g,
            F,
            b[F],
            null,
            R,
            T
          );
      for (const F in E) {
        if (Vi(F)) continue;
        const H = E[F], B = b[F];
        H !== B && F !== "value" && l(g, F, B, H, R, T);
      }
      "value" in E && l(g, "value", b.value, E.value, R);
    }
  }, U = (g, b, E, T, R, F, H, B, z) => {
    const V = b.el = g ? g.el : r(""), K = b.anchor = g ? g.anchor : r("");
    let { patchFlag: W, dynamicChildren: q, slotScopeIds: Q } = b;
    k.NODE_ENV !== "production" && // #5523 dev root fragment may inherit directives
    (gt || W & 2048) && (W = 0, z = !1, q = null), Q && (B = B ? B.concat(Q) : Q), g == null ? (i(V, E, T), i(K, E, T), S(
      // #10007
      // such fragment like `<></>` will be compiled into
      // a fragment which doesn't have a children.
      // In this case fallback to an empty array
      b.children || [],
      E,
      K,
      R,
      F,
      H,
      B,
      z
    )) : W > 0 && W & 64 && q && // #2715 the previous fragment could've been a BAILed one as a result
    // of renderSlot() with no valid children
    g.dynamicChildren ? (A(
      g.dynamicChildren,
      q,
      E,
      R,
      F,
      H,
      B
    ), k.NODE_ENV !== "production" ? zi(g, b) : (
      // #2080 if the stable fragment has a key, it's a <template v-for> that may
      //  get moved around. Make sure all root level vnodes inherit el.
      // #2134 or if it's a component root, it may also get moved around
      // as the component is being moved.
      (b.key != null || R && b === R.subTree) && zi(
        g,
        b,
        !0
        /* shallow */
      )
    )) : ge(
      g,
      b,
      E,
      K,
      R,
      F,
      H,
      B,
      z
    );
  }, be = (g, b, E, T, R, F, H, B, z) => {
    b.slotScopeIds = B, g == null ? b.shapeFlag & 512 ? R.ctx.activate(
      b,
      E,
      T,
      H,
      z
    ) : ne(
      b,
      E,
      T,
      R,
      F,
      H,
      z
    ) : ee(g, b, z);
  }, ne = (g, b, E, T, R, F, H) => {
    const B = g.component = a3(
      g,
      T,
      R
    );
    if (k.NODE_ENV !== "production" && B.type.__hmrId && Vd(B), k.NODE_ENV !== "production" && (js(g), Un(B, "mount")), Cr(g) && (B.ctx.renderer = ki), k.NODE_ENV !== "production" && Un(B, "init"), u3(B, !1, H), k.NODE_ENV !== "production" && Yn(B, "init"), B.asyncDep) {
      if (k.NODE_ENV !== "production" && gt && (g.el = null), R && R.registerDep(B, G, H), !g.el) {
        const z = B.subTree = Fe(it);
        y(null, z, b, E);
      }
    } else
      G(
        B,
        g,
        b,
        E,
        R,
        F,
        H
      );
    k.NODE_ENV !== "production" && (Ws(), Yn(B, "mount"));
  }, ee = (g, b, E) => {
    const T = b.component = g.component;
    if (Q2(g, b, E))
      if (T.asyncDep && !T.asyncResolved) {
        k.NODE_ENV !== "production" && js(b), X(T, b, E), k.NODE_ENV !== "production" && Ws();
        return;
      } else
        T.next = b, T.update();
    else
      b.el = g.el, T.vnode = b;
  }, G = (g, b, E, T, R, F, H) => {
    const B = () => {
      if (g.isMounted) {
        let { next: W, bu: q, u: Q, parent: re, vnode: me } = g;
        {
          const wt = Zf(g);
          if (wt) {
            W && (W.el = me.el, X(g, W, H)), wt.asyncDep.then(() => {
              g.isUnmounted || B();
            });
            return;
          }
        }
        let ue = W, Ze;
        k.NODE_ENV !== "production" && js(W || g.vnode), kn(g, !1), W ? (W.el = me.el, X(g, W, H)) : W = me, q && xi(q), (Ze = W.props && W.props.onVnodeBeforeUpdate) && Mt(Ze, re, W, me), kn(g, !0), k.NODE_ENV !== "production" && Un(g, "render");
        const Ge = Ra(g);
        k.NODE_ENV !== "production" && Yn(g, "render");
        const kt = g.subTree;
        g.subTree = Ge, k.NODE_ENV !== "production" && Un(g, "patch"), m(
          kt,
          Ge,
          // parent may have changed if it's in a teleport
          u(kt.el),
          // anchor may have changed if it's in a fragment
          ps(kt),
          g,
          R,
          F
        ), k.NODE_ENV !== "production" && Yn(g, "patch"), W.el = Ge.el, ue === null && J2(g, Ge.el), Q && je(Q, R), (Ze = W.props && W.props.onVnodeUpdated) && je(
          () => Mt(Ze, re, W, me),
          R
        ), k.NODE_ENV !== "production" && Nf(g), k.NODE_ENV !== "production" && Ws();
      } else {
        let W;
        const { el: q, props: Q } = b, { bm: re, m: me, parent: ue, root: Ze, type: Ge } = g, kt = $i(b);
        kn(g, !1), re && xi(re), !kt && (W = Q && Q.onVnodeBeforeMount) && Mt(W, ue, b), kn(g, !0);
        {
          Ze.ce && Ze.ce._injectChildStyle(Ge), k.NODE_ENV !== "production" && Un(g, "render");
          const wt = g.subTree = Ra(g);
          k.NODE_ENV !== "production" && Yn(g, "render"), k.NODE_ENV !== "production" && Un(g, "patch"), m(
            null,
            wt,
            E,
            T,
            g,
            R,
            F
          ), k.NODE_ENV !== "production" && Yn(g, "patch"), b.el = wt.el;
        }
        if (me && je(me, R), !kt && (W = Q && Q.onVnodeMounted)) {
          const wt = b;
          je(
            () => Mt(W, ue, wt),
            R
          );
        }
        (b.shapeFlag & 256 || ue && $i(ue.vnode) && ue.vnode.shapeFlag & 256) && g.a && je(g.a, R), g.isMounted = !0, k.NODE_ENV !== "production" && Hd(g), b = E = T = null;
      }
    };
    g.scope.on();
    const z = g.effect = new Jc(B);
    g.scope.off();
    const V = g.update = z.run.bind(z), K = g.job = z.runIfDirty.bind(z);
    K.i = g, K.id = g.uid, z.scheduler = () => zo(K), kn(g, !0), k.NODE_ENV !== "production" && (z.onTrack = g.rtc ? (W) => xi(g.rtc, W) : void 0, z.onTrigger = g.rtg ? (W) => xi(g.rtg, W) : void 0), V();
  }, X = (g, b, E) => {
    b.component = g;
    const T = g.vnode.props;
    g.vnode = b, g.next = null, O2(g, b.props, T, E), $2(g, b.children, E), Qt(), va(g), Jt();
  }, ge = (g, b, E, T, R, F, H, B, z = !1) => {
    const V = g && g.children, K = g ? g.shapeFlag : 0, W = b.children, { patchFlag: q, shapeFlag: Q } = b;
    if (q > 0) {
      if (q & 128) {
        st(
          V,
          W,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        );
        return;
      } else if (q & 256) {
        ut(
          V,
          W,
          E,
          T,
          R,
          F,
          H,
          B,
          z
        );
        return;
      }
    }
    Q & 8 ? (K & 16 && yi(V, R, F), W !== V && f(E, W)) : K & 16 ? Q & 16 ? st(
      V,
      W,
      E,
      T,
      R,
      F,
      H,
      B,
      z
    ) : yi(V, R, F, !0) : (K & 8 && f(E, ""), Q & 16 && S(
      W,
      E,
      T,
      R,
      F,
      H,
      B,
      z
    ));
  }, ut = (g, b, E, T, R, F, H, B, z) => {
    g = g || ni, b = b || ni;
    const V = g.length, K = b.length, W = Math.min(V, K);
    let q;
    for (q = 0; q < W; q++) {
      const Q = b[q] = z ? on(b[q]) : dt(b[q]);
      m(
        g[q],
        Q,
        E,
        null,
        R,
        F,
        H,
        B,
        z
      );
    }
    V > K ? yi(
      g,
      R,
      F,
      !0,
      !1,
      W
    ) : S(
      b,
      E,
      T,
      R,
      F,
      H,
      B,
      z,
      W
    );
  }, st = (g, b, E, T, R, F, H, B, z) => {
    let V = 0;
    const K = b.length;
    let W = g.length - 1, q = K - 1;
    for (; V <= W && V <= q; ) {
      const Q = g[V], re = b[V] = z ? on(b[V]) : dt(b[V]);
      if (Ei(Q, re))
        m(
          Q,
          re,
          E,
          null,
          R,
          F,
          H,
          B,
          z
        );
      else
        break;
      V++;
    }
    for (; V <= W && V <= q; ) {
      const Q = g[W], re = b[q] = z ? on(b[q]) : dt(b[q]);
      if (Ei(Q, re))
        m(
          Q,
          re,
          E,
          null,
          R,
          F,
          H,
          B,
          z
        );
      else
        break;
      W--, q--;
    }
    if (V > W) {
      if (V <= q) {
        const Q = q + 1, re = Q < K ? b[Q].el : T;
        for (; V <= q; )
          m(
            null,
            b[V] = z ? on(b[V]) : dt(b[V]),
            E,
            re,
            R,
            F,
            H,
            B,
            z
          ), V++;
      }
    } else if (V > q)
      for (; V <= W; )
        Re(g[V], R, F, !0), V++;
    else {
      const Q = V, re = V, me = /* @__PURE__ */ new Map();
      for (V = re; V <= q; V++) {
        const ze = b[V] = z ? on(b[V]) : dt(b[V]);
        ze.key != null && (k.NODE_ENV !== "production" && me.has(ze.key) && I(
          "Duplicate keys found during update:",
          JSON.stringify(ze.key),
          "Make sure keys are unique."
        ), me.set(ze.key, V));
      }
      let ue, Ze = 0;
      const Ge = q - re + 1;
      let kt = !1, wt = 0;
      const wi = new Array(Ge);
      for (V = 0; V < Ge; V++) wi[V] = 0;
      for (V = Q; V <= W; V++) {
        const ze = g[V];
        if (Ze >= Ge) {
          Re(ze, R, F, !0);
          continue;
        }
        let xt;
        if (ze.key != null)
          xt = me.get(ze.key);
        else
          for (ue = re; ue <= q; ue++)
            if (wi[ue - re] === 0 && Ei(ze, b[ue])) {
              xt = ue;
              break;
            }
        xt === void 0 ? Re(ze, R, F, !0) : (wi[xt - re] = V + 1, xt >= wt ? wt = xt : kt = !0, m(
          ze,
          b[xt],
          E,
          null,
          R,
          F,
          H,
          B,
          z
        ), Ze++);
      }
      const fa = kt ? W2(wi) : ni;
      for (ue = fa.length - 1, V = Ge - 1; V >= 0; V--) {
        const ze = re + V, xt = b[ze], ua = ze + 1 < K ? b[ze + 1].el : T;
        wi[V] === 0 ? m(
          null,
          xt,
          E,
          ua,
          R,
          F,
          H,
          B,
          z
        ) : kt && (ue < 0 || V !== fa[ue] ? $e(xt, E, ua, 2) : ue--);
      }
    }
  }, $e = (g, b, E, T, R = null) => {
    const { el: F, type: H, transition: B, children: z, shapeFlag: V } = g;
    if (V & 6) {
      $e(g.component.subTree, b, E, T);
      return;
    }
    if (V & 128) {
      g.suspense.move(b, E, T);
      return;
    }
    if (V & 64) {
      H.move(g, b, E, ki);
      return;
    }
    if (H === Ot) {
      i(F, b, E);
      for (let W = 0; W < z.length; W++)
        $e(z[W], b, E, T);
      i(g.anchor, b, E);
      return;
    }
    if (H === Ys) {
      P(g, b, E);
      return;
    }
    if (T !== 2 && V & 1 && B)
      if (T === 0)
        B.beforeEnter(F), i(F, b, E), je(() => B.enter(F), R);
      else {
        const { leave: W, delayLeave: q, afterLeave: Q } = B, re = () => i(F, b, E), me = () => {
          W(F, () => {
            re(), Q && Q();
          });
        };
        q ? q(F, re, me) : me();
      }
    else
      i(F, b, E);
  }, Re = (g, b, E, T = !1, R = !1) => {
    const {
      type: F,
      props: H,
      ref: B,
      children: z,
      dynamicChildren: V,
      shapeFlag: K,
      patchFlag: W,
      dirs: q,
      cacheIndex: Q
    } = g;
    if (W === -2 && (R = !1), B != null && uo(B, null, E, g, !0), Q != null && (b.renderCache[Q] = void 0), K & 256) {
      b.ctx.deactivate(g);
      return;
    }
    const re = K & 1 && q, me = !$i(g);
    let ue;
    if (me && (ue = H && H.onVnodeBeforeUnmount) && Mt(ue, b, g), K & 6)
      zt(g.component, E, T);
    else {
      if (K & 128) {
        g.suspense.unmount(E, T);
        return;
      }
      re && yn(g, null, b, "beforeUnmount"), K & 64 ? g.type.remove(
        g,
        b,
        E,
        ki,
        T
      ) : V && // #5154
      // when v-once is used inside a block, setBlockTracking(-1) marks the
      // parent block with hasOnce: true
      // so that it doesn't take the fast path during unmount - otherwise
      // components nested in v-once are never unmounted.
      !V.hasOnce && // #1153: fast path should not be taken for non-stable (v-for) fragments
      (F !== Ot || W > 0 && W & 64) ? yi(
        V,
        b,
        E,
        !1,
        !0
      ) : (F === Ot && W & 384 || !R && K & 16) && yi(z, b, E), T && ht(g);
    }
    (me && (ue = H && H.onVnodeUnmounted) || re) && je(() => {
      ue && Mt(ue, b, g), re && yn(g, null, b, "unmounted");
    }, E);
  }, ht = (g) => {
    const { type: b, el: E, anchor: T, transition: R } = g;
    if (b === Ot) {
      k.NODE_ENV !== "production" && g.patchFlag > 0 && g.patchFlag & 2048 && R && !R.persisted ? g.children.forEach((H) => {
        H.type === it ? o(H.el) : ht(H);
      }) : bn(E, T);
      return;
    }
    if (b === Ys) {
      M(g);
      return;
    }
    const F = () => {
      o(E), R && !R.persisted && R.afterLeave && R.afterLeave();
    };
    if (g.shapeFlag & 1 && R && !R.persisted) {
      const { leave: H, delayLeave: B } = R, z = () => H(E, F);
      B ? B(g.el, F, z) : z();
    } else
      F();
  }, bn = (g, b) => {
    let E;
    for (; g !== b; )
      E = h(g), o(g), g = E;
    o(b);
  }, zt = (g, b, E) => {
    k.NODE_ENV !== "production" && g.type.__hmrId && Ld(g);
    const { bum: T, scope: R, job: F, subTree: H, um: B, m: z, a: V } = g;
    Sa(z), Sa(V), T && xi(T), R.stop(), F && (F.flags |= 8, Re(H, g, b, E)), B && je(B, b), je(() => {
      g.isUnmounted = !0;
    }, b), b && b.pendingBranch && !b.isUnmounted && g.asyncDep && !g.asyncResolved && g.suspenseId === b.pendingId && (b.deps--, b.deps === 0 && b.resolve()), k.NODE_ENV !== "production" && Wd(g);
  }, yi = (g, b, E, T = !1, R = !1, F = 0) => {
    for (let H = F; H < g.length; H++)
      Re(g[H], b, E, T, R);
  }, ps = (g) => {
    if (g.shapeFlag & 6)
      return ps(g.component.subTree);
    if (g.shapeFlag & 128)
      return g.suspense.next();
    const b = h(g.anchor || g.el), E = b && b[Ff];
    return E ? h(E) : b;
  };
  let Xo = !1;
  const ca = (g, b, E) => {
    g == null ? b._vnode && Re(b._vnode, null, null, !0) : m(
      b._vnode || null,
      g,
      b,
      null,
      null,
      null,
      E
    ), b._vnode = g, Xo || (Xo = !0, va(), Df(), Xo = !1);
  }, ki = {
    p: m,
    um: Re,
    m: $e,
    r: ht,
    mt: ne,
    mc: S,
    pc: ge,
    pbc: A,
    n: ps,
    o: t
  };
  return {
    render: ca,
    hydrate: void 0,
    createApp: E2(ca)
  };
}
function sl({ type: t, props: e }, n) {
  return n === "svg" && t === "foreignObject" || n === "mathml" && t === "annotation-xml" && e && e.encoding && e.encoding.includes("html") ? void 0 : n;
}
function kn({ effect: t, job: e }, n) {
  n ? (t.flags |= 32, e.flags |= 4) : (t.flags &= -33, e.flags &= -5);
}
function j2(t, e) {
  return (!t || t && !t.pendingBranch) && e && !e.persisted;
}
function zi(t, e, n = !1) {
  const i = t.children, o = e.children;
  if (Y(i) && Y(o))
    for (let l = 0; l < i.length; l++) {
      const s = i[l];
      let r = o[l];
      r.shapeFlag & 1 && !r.dynamicChildren && ((r.patchFlag <= 0 || r.patchFlag === 32) && (r = o[l] = on(o[l]), r.el = s.el), !n && r.patchFlag !== -2 && zi(s, r)), r.type === as && (r.el = s.el), k.NODE_ENV !== "production" && r.type === it && !r.el && (r.el = s.el);
    }
}
function W2(t) {
  const e = t.slice(), n = [0];
  let i, o, l, s, r;
  const a = t.length;
  for (i = 0; i < a; i++) {
    const c = t[i];
    if (c !== 0) {
      if (o = n[n.length - 1], t[o] < c) {
        e[i] = o, n.push(i);
        continue;
      }
      for (l = 0, s = n.length - 1; l < s; )
        r = l + s >> 1, t[n[r]] < c ? l = r + 1 : s = r;
      c < t[n[l]] && (l > 0 && (e[i] = n[l - 1]), n[l] = i);
    }
  }
  for (l = n.length, s = n[l - 1]; l-- > 0; )
    n[l] = s, s = e[s];
  return n;
}
function Zf(t) {
  const e = t.subTree.component;
  if (e)
    return e.asyncDep && !e.asyncResolved ? e : Zf(e);
}
function Sa(t) {
  if (t)
    for (let e = 0; e < t.length; e++)
      t[e].flags |= 8;
}
const G2 = Symbol.for("v-scx"), q2 = () => {
  {
    const t = Us(G2);
    return t || k.NODE_ENV !== "production" && I(
      "Server rendering context not provided. Make sure to only call useSSRContext() conditionally in the server build."
    ), t;
  }
};
function ol(t, e, n) {
  return k.NODE_ENV !== "production" && !Z(e) && I(
    "`watch(fn, options?)` signature has been moved to a separate API. Use `watchEffect(fn, options?)` instead. `watch` now only supports `watch(source, cb, options?) signature."
  ), Qf(t, e, n);
}
function Qf(t, e, n = de) {
  const { immediate: i, deep: o, flush: l, once: s } = n;
  k.NODE_ENV !== "production" && !e && (i !== void 0 && I(
    'watch() "immediate" option is only respected when using the watch(source, callback, options?) signature.'
  ), o !== void 0 && I(
    'watch() "deep" option is only respected when using the watch(source, callback, options?) signature.'
  ), s !== void 0 && I(
    'watch() "once" option is only respected when using the watch(source, callback, options?) signature.'
  ));
  const r = we({}, n);
  k.NODE_ENV !== "production" && (r.onWarn = I);
  const a = e && i || !e && l !== "post";
  let c;
  if (Xi) {
    if (l === "sync") {
      const d = q2();
      c = d.__watcherHandles || (d.__watcherHandles = []);
    } else if (!a) {
      const d = () => {
      };
      return d.stop = Ne, d.resume = Ne, d.pause = Ne, d;
    }
  }
  const f = Oe;
  r.call = (d, p, m) => $t(d, f, p, m);
  let u = !1;
  l === "post" ? r.scheduler = (d) => {
    je(d, f && f.suspense);
  } : l !== "sync" && (u = !0, r.scheduler = (d, p) => {
    p ? d() : zo(d);
  }), r.augmentJob = (d) => {
    e && (d.flags |= 4), u && (d.flags |= 2, f && (d.id = f.uid, d.i = f));
  };
  const h = Nd(t, e, r);
  return Xi && (c ? c.push(h) : a && h()), h;
}
function U2(t, e, n) {
  const i = this.proxy, o = ke(t) ? t.includes(".") ? Jf(i, t) : () => i[t] : t.bind(i, i);
  let l;
  Z(e) ? l = e : (l = e.handler, n = e);
  const s = cs(this), r = Qf(o, l.bind(i), n);
  return s(), r;
}
function Jf(t, e) {
  const n = e.split(".");
  return () => {
    let i = t;
    for (let o = 0; o < n.length && i; o++)
      i = i[n[o]];
    return i;
  };
}
const Y2 = (t, e) => e === "modelValue" || e === "model-value" ? t.modelModifiers : t[`${e}Modifiers`] || t[`${Pe(e)}Modifiers`] || t[`${et(e)}Modifiers`];
function K2(t, e, ...n) {
  if (t.isUnmounted) return;
  const i = t.vnode.props || de;
  if (k.NODE_ENV !== "production") {
    const {
      emitsOptions: f,
      propsOptions: [u]
    } = t;
    if (f)
      if (!(e in f))
        (!u || !(Dn(Pe(e)) in u)) && I(
          `Component emitted event "${e}" but it is neither declared in the emits option nor as an "${Dn(Pe(e))}" prop.`
        );
      else {
        const h = f[e];
        Z(h) && (h(...n) || I(
          `Invalid event arguments: event validation failed for event "${e}".`
        ));
      }
  }
  let o = n;
  const l = e.startsWith("update:"), s = l && Y2(i, e.slice(7));
  if (s && (s.trim && (o = n.map((f) => ke(f) ? f.trim() : f)), s.number && (o = n.map(jh))), k.NODE_ENV !== "production" && Ud(t, e, o), k.NODE_ENV !== "production") {
    const f = e.toLowerCase();
    f !== e && i[Dn(f)] && I(
      `Event "${f}" is emitted in component ${Wo(
        t,
        t.type
      )} but the handler is registered for "${e}". Note that HTML attributes are case-insensitive and you cannot use v-on to listen to camelCase events when using in-DOM templates. You should probably use "${et(
        e
      )}" instead of "${e}".`
    );
  }
  let r, a = i[r = Dn(e)] || // also try camelCase event handler (#2249)
  i[r = Dn(Pe(e))];
  !a && l && (a = i[r = Dn(et(e))]), a && $t(
    a,
    t,
    6,
    o
  );
  const c = i[r + "Once"];
  if (c) {
    if (!t.emitted)
      t.emitted = {};
    else if (t.emitted[r])
      return;
    t.emitted[r] = !0, $t(
      c,
      t,
      6,
      o
    );
  }
}
function eu(t, e, n = !1) {
  const i = e.emitsCache, o = i.get(t);
  if (o !== void 0)
    return o;
  const l = t.emits;
  let s = {}, r = !1;
  if (!Z(t)) {
    const a = (c) => {
      const f = eu(c, e, !0);
      f && (r = !0, we(s, f));
    };
    !n && e.mixins.length && e.mixins.forEach(a), t.extends && a(t.extends), t.mixins && t.mixins.forEach(a);
  }
  return !l && !r ? (ve(t) && i.set(t, null), null) : (Y(l) ? l.forEach((a) => s[a] = null) : we(s, l), ve(t) && i.set(t, s), s);
}
function Ho(t, e) {
  return !t || !ss(e) ? !1 : (e = e.slice(2).replace(/Once$/, ""), ae(t, e[0].toLowerCase() + e.slice(1)) || ae(t, et(e)) || ae(t, e));
}
let jl = !1;
function go() {
  jl = !0;
}
function Ra(t) {
  const {
    type: e,
    vnode: n,
    proxy: i,
    withProxy: o,
    propsOptions: [l],
    slots: s,
    attrs: r,
    emit: a,
    render: c,
    renderCache: f,
    props: u,
    data: h,
    setupState: d,
    ctx: p,
    inheritAttrs: m
  } = t, v = fo(t);
  let y, C;
  k.NODE_ENV !== "production" && (jl = !1);
  try {
    if (n.shapeFlag & 4) {
      const M = o || i, O = k.NODE_ENV !== "production" && d.__isScriptSetup ? new Proxy(M, {
        get(x, _, S) {
          return I(
            `Property '${String(
              _
            )}' was accessed via 'this'. Avoid using 'this' in templates.`
          ), Reflect.get(x, _, S);
        }
      }) : M;
      y = dt(
        c.call(
          O,
          M,
          f,
          k.NODE_ENV !== "production" ? Ft(u) : u,
          d,
          h,
          p
        )
      ), C = r;
    } else {
      const M = e;
      k.NODE_ENV !== "production" && r === u && go(), y = dt(
        M.length > 1 ? M(
          k.NODE_ENV !== "production" ? Ft(u) : u,
          k.NODE_ENV !== "production" ? {
            get attrs() {
              return go(), Ft(r);
            },
            slots: s,
            emit: a
          } : { attrs: r, slots: s, emit: a }
        ) : M(
          k.NODE_ENV !== "production" ? Ft(u) : u,
          null
        )
      ), C = e.props ? r : X2(r);
    }
  } catch (M) {
    Bi.length = 0, ls(M, t, 1), y = Fe(it);
  }
  let N = y, P;
  if (k.NODE_ENV !== "production" && y.patchFlag > 0 && y.patchFlag & 2048 && ([N, P] = tu(y)), C && m !== !1) {
    const M = Object.keys(C), { shapeFlag: O } = N;
    if (M.length) {
      if (O & 7)
        l && M.some(so) && (C = Z2(
          C,
          l
        )), N = hn(N, C, !1, !0);
      else if (k.NODE_ENV !== "production" && !jl && N.type !== it) {
        const x = Object.keys(r), _ = [], S = [];
        for (let $ = 0, A = x.length; $ < A; $++) {
          const j = x[$];
          ss(j) ? so(j) || _.push(j[2].toLowerCase() + j.slice(3)) : S.push(j);
        }
        S.length && I(
          `Extraneous non-props attributes (${S.join(", ")}) were passed to component but could not be automatically inherited because component renders fragment or text or teleport root nodes.`
        ), _.length && I(
          `Extraneous non-emits event listeners (${_.join(", ")}) were passed to component but could not be automatically inherited because component renders fragment or text root nodes. If the listener is intended to be a component custom event listener only, declare it using the "emits" option.`
        );
      }
    }
  }
  return n.dirs && (k.NODE_ENV !== "production" && !Fa(N) && I(
    "Runtime directive used on component with non-element root node. The directives will not function as intended."
  ), N = hn(N, null, !1, !0), N.dirs = N.dirs ? N.dirs.concat(n.dirs) : n.dirs), n.transition && (k.NODE_ENV !== "production" && !Fa(N) && I(
    "Component inside <Transition> renders non-element root node that cannot be animated."
  ), _r(N, n.transition)), k.NODE_ENV !== "production" && P ? P(N) : y = N, fo(v), y;
}
const tu = (t) => {
  const e = t.children, n = t.dynamicChildren, i = Sr(e, !1);
  if (i) {
    if (k.NODE_ENV !== "production" && i.patchFlag > 0 && i.patchFlag & 2048)
      return tu(i);
  } else return [t, void 0];
  const o = e.indexOf(i), l = n ? n.indexOf(i) : -1, s = (r) => {
    e[o] = r, n && (l > -1 ? n[l] = r : r.patchFlag > 0 && (t.dynamicChildren = [...n, r]));
  };
  return [dt(i), s];
};
function Sr(t, e = !0) {
  let n;
  for (let i = 0; i < t.length; i++) {
    const o = t[i];
    if (jo(o)) {
      if (o.type !== it || o.children === "v-if") {
        if (n)
          return;
        if (n = o, k.NODE_ENV !== "production" && e && n.patchFlag > 0 && n.patchFlag & 2048)
          return Sr(n.children);
      }
    } else
      return;
  }
  return n;
}
const X2 = (t) => {
  let e;
  for (const n in t)
    (n === "class" || n === "style" || ss(n)) && ((e || (e = {}))[n] = t[n]);
  return e;
}, Z2 = (t, e) => {
  const n = {};
  for (const i in t)
    (!so(i) || !(i.slice(9) in e)) && (n[i] = t[i]);
  return n;
}, Fa = (t) => t.shapeFlag & 7 || t.type === it;
function Q2(t, e, n) {
  const { props: i, children: o, component: l } = t, { props: s, children: r, patchFlag: a } = e, c = l.emitsOptions;
  if (k.NODE_ENV !== "production" && (o || r) && gt || e.dirs || e.transition)
    return !0;
  if (n && a >= 0) {
    if (a & 1024)
      return !0;
    if (a & 16)
      return i ? Aa(i, s, c) : !!s;
    if (a & 8) {
      const f = e.dynamicProps;
      for (let u = 0; u < f.length; u++) {
        const h = f[u];
        if (s[h] !== i[h] && !Ho(c, h))
          return !0;
      }
    }
  } else
    return (o || r) && (!r || !r.$stable) ? !0 : i === s ? !1 : i ? s ? Aa(i, s, c) : !0 : !!s;
  return !1;
}
function Aa(t, e, n) {
  const i = Object.keys(e);
  if (i.length !== Object.keys(t).length)
    return !0;
  for (let o = 0; o < i.length; o++) {
    const l = i[o];
    if (e[l] !== t[l] && !Ho(n, l))
      return !0;
  }
  return !1;
}
function J2({ vnode: t, parent: e }, n) {
  for (; e; ) {
    const i = e.subTree;
    if (i.suspense && i.suspense.activeBranch === t && (i.el = t.el), i === t)
      (t = e.vnode).el = n, e = e.parent;
    else
      break;
  }
}
const nu = (t) => t.__isSuspense;
function e3(t, e) {
  e && e.pendingBranch ? Y(t) ? e.effects.push(...t) : e.effects.push(t) : Mf(t);
}
const Ot = Symbol.for("v-fgt"), as = Symbol.for("v-txt"), it = Symbol.for("v-cmt"), Ys = Symbol.for("v-stc"), Bi = [];
let tt = null;
function Ke(t = !1) {
  Bi.push(tt = t ? null : []);
}
function t3() {
  Bi.pop(), tt = Bi[Bi.length - 1] || null;
}
let Ki = 1;
function Pa(t, e = !1) {
  Ki += t, t < 0 && tt && e && (tt.hasOnce = !0);
}
function iu(t) {
  return t.dynamicChildren = Ki > 0 ? tt || ni : null, t3(), Ki > 0 && tt && tt.push(t), t;
}
function rt(t, e, n, i, o, l) {
  return iu(
    w(
      t,
      e,
      n,
      i,
      o,
      l,
      !0
    )
  );
}
function su(t, e, n, i, o) {
  return iu(
    Fe(
      t,
      e,
      n,
      i,
      o,
      !0
    )
  );
}
function jo(t) {
  return t ? t.__v_isVNode === !0 : !1;
}
function Ei(t, e) {
  if (k.NODE_ENV !== "production" && e.shapeFlag & 6 && t.component) {
    const n = Gs.get(e.type);
    if (n && n.has(t.component))
      return t.shapeFlag &= -257, e.shapeFlag &= -513, !1;
  }
  return t.type === e.type && t.key === e.key;
}
const n3 = (...t) => lu(
  ...t
), ou = ({ key: t }) => t ?? null, Ks = ({
  ref: t,
  ref_key: e,
  ref_for: n
}) => (typeof t == "number" && (t = "" + t), t != null ? ke(t) || Se(t) || Z(t) ? { i: Ye, r: t, k: e, f: !!n } : t : null);
function w(t, e = null, n = null, i = 0, o = null, l = t === Ot ? 0 : 1, s = !1, r = !1) {
  const a = {
    __v_isVNode: !0,
    __v_skip: !0,
    type: t,
    props: e,
    key: e && ou(e),
    ref: e && Ks(e),
    scopeId: Sf,
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
    shapeFlag: l,
    patchFlag: i,
    dynamicProps: o,
    dynamicChildren: null,
    appContext: null,
    ctx: Ye
  };
  return r ? (Rr(a, n), l & 128 && t.normalize(a)) : n && (a.shapeFlag |= ke(n) ? 8 : 16), k.NODE_ENV !== "production" && a.key !== a.key && I("VNode created with invalid key (NaN). VNode type:", a.type), Ki > 0 && // avoid a block node from tracking itself
  !s && // has current parent block
  tt && // presence of a patch flag indicates this node needs patching on updates.
  // component nodes also should always be patched, because even if the
  // component doesn't need to update, it needs to persist the instance on to
  // the next vnode so that it can be properly unmounted later.
  (a.patchFlag > 0 || l & 6) && // the EVENTS flag is only for hydration and if it is the only flag, the
  // vnode should not be considered dynamic due to handler caching.
  a.patchFlag !== 32 && tt.push(a), a;
}
const Fe = k.NODE_ENV !== "production" ? n3 : lu;
function lu(t, e = null, n = null, i = 0, o = null, l = !1) {
  if ((!t || t === d2) && (k.NODE_ENV !== "production" && !t && I(`Invalid vnode type when creating vnode: ${t}.`), t = it), jo(t)) {
    const r = hn(
      t,
      e,
      !0
      /* mergeRef: true */
    );
    return n && Rr(r, n), Ki > 0 && !l && tt && (r.shapeFlag & 6 ? tt[tt.indexOf(t)] = r : tt.push(r)), r.patchFlag = -2, r;
  }
  if (fu(t) && (t = t.__vccOpts), e) {
    e = i3(e);
    let { class: r, style: a } = e;
    r && !ke(r) && (e.class = vr(r)), ve(a) && (lo(a) && !Y(a) && (a = we({}, a)), e.style = D(a));
  }
  const s = ke(t) ? 1 : nu(t) ? 128 : Kd(t) ? 64 : ve(t) ? 4 : Z(t) ? 2 : 0;
  return k.NODE_ENV !== "production" && s & 4 && lo(t) && (t = se(t), I(
    "Vue received a Component that was made a reactive object. This can lead to unnecessary performance overhead and should be avoided by marking the component with `markRaw` or using `shallowRef` instead of `ref`.",
    `
Component that was made reactive: `,
    t
  )), w(
    t,
    e,
    n,
    i,
    o,
    s,
    l,
    !0
  );
}
function i3(t) {
  return t ? lo(t) || Wf(t) ? we({}, t) : t : null;
}
function hn(t, e, n = !1, i = !1) {
  const { props: o, ref: l, patchFlag: s, children: r, transition: a } = t, c = e ? o3(o || {}, e) : o, f = {
    __v_isVNode: !0,
    __v_skip: !0,
    type: t.type,
    props: c,
    key: c && ou(c),
    ref: e && e.ref ? (
      // #2078 in the case of <component :is="vnode" ref="extra"/>
      // if the vnode itself already has a ref, cloneVNode will need to merge
      // the refs so the single vnode can be set on multiple refs
      n && l ? Y(l) ? l.concat(Ks(e)) : [l, Ks(e)] : Ks(e)
    ) : l,
    scopeId: t.scopeId,
    slotScopeIds: t.slotScopeIds,
    children: k.NODE_ENV !== "production" && s === -1 && Y(r) ? r.map(ru) : r,
    target: t.target,
    targetStart: t.targetStart,
    targetAnchor: t.targetAnchor,
    staticCount: t.staticCount,
    shapeFlag: t.shapeFlag,
    // if the vnode is cloned with extra props, we can no longer assume its
    // existing patch flag to be reliable and need to add the FULL_PROPS flag.
    // note: preserve flag for fragments since they use the flag for children
    // fast paths only.
    patchFlag: e && t.type !== Ot ? s === -1 ? 16 : s | 16 : s,
    dynamicProps: t.dynamicProps,
    dynamicChildren: t.dynamicChildren,
    appContext: t.appContext,
    dirs: t.dirs,
    transition: a,
    // These should technically only be non-null on mounted VNodes. However,
    // they *should* be copied for kept-alive vnodes. So we just always copy
    // them since them being non-null during a mount doesn't affect the logic as
    // they will simply be overwritten.
    component: t.component,
    suspense: t.suspense,
    ssContent: t.ssContent && hn(t.ssContent),
    ssFallback: t.ssFallback && hn(t.ssFallback),
    el: t.el,
    anchor: t.anchor,
    ctx: t.ctx,
    ce: t.ce
  };
  return a && i && _r(
    f,
    a.clone(f)
  ), f;
}
function ru(t) {
  const e = hn(t);
  return Y(t.children) && (e.children = t.children.map(ru)), e;
}
function s3(t = " ", e = 0) {
  return Fe(as, null, t, e);
}
function Xs(t = "", e = !1) {
  return e ? (Ke(), su(it, null, t)) : Fe(it, null, t);
}
function dt(t) {
  return t == null || typeof t == "boolean" ? Fe(it) : Y(t) ? Fe(
    Ot,
    null,
    // #3666, avoid reference pollution when reusing vnode
    t.slice()
  ) : jo(t) ? on(t) : Fe(as, null, String(t));
}
function on(t) {
  return t.el === null && t.patchFlag !== -1 || t.memo ? t : hn(t);
}
function Rr(t, e) {
  let n = 0;
  const { shapeFlag: i } = t;
  if (e == null)
    e = null;
  else if (Y(e))
    n = 16;
  else if (typeof e == "object")
    if (i & 65) {
      const o = e.default;
      o && (o._c && (o._d = !1), Rr(t, o()), o._c && (o._d = !0));
      return;
    } else {
      n = 32;
      const o = e._;
      !o && !Wf(e) ? e._ctx = Ye : o === 3 && Ye && (Ye.slots._ === 1 ? e._ = 1 : (e._ = 2, t.patchFlag |= 1024));
    }
  else Z(e) ? (e = { default: e, _ctx: Ye }, n = 32) : (e = String(e), i & 64 ? (n = 16, e = [s3(e)]) : n = 8);
  t.children = e, t.shapeFlag |= n;
}
function o3(...t) {
  const e = {};
  for (let n = 0; n < t.length; n++) {
    const i = t[n];
    for (const o in i)
      if (o === "class")
        e.class !== i.class && (e.class = vr([e.class, i.class]));
      else if (o === "style")
        e.style = D([e.style, i.style]);
      else if (ss(o)) {
        const l = e[o], s = i[o];
        s && l !== s && !(Y(l) && l.includes(s)) && (e[o] = l ? [].concat(l, s) : s);
      } else o !== "" && (e[o] = i[o]);
  }
  return e;
}
function Mt(t, e, n, i = null) {
  $t(t, e, 7, [
    n,
    i
  ]);
}
const l3 = Bf();
let r3 = 0;
function a3(t, e, n) {
  const i = t.type, o = (e ? e.appContext : t.appContext) || l3, l = {
    uid: r3++,
    vnode: t,
    type: i,
    parent: e,
    appContext: o,
    root: null,
    // to be immediately set
    next: null,
    subTree: null,
    // will be set synchronously right after creation
    effect: null,
    update: null,
    // will be set synchronously right after creation
    job: null,
    scope: new nd(
      !0
      /* detached */
    ),
    render: null,
    proxy: null,
    exposed: null,
    exposeProxy: null,
    withProxy: null,
    provides: e ? e.provides : Object.create(o.provides),
    ids: e ? e.ids : ["", 0, 0],
    accessCache: null,
    renderCache: [],
    // local resolved assets
    components: null,
    directives: null,
    // resolved props and emits options
    propsOptions: qf(i, o),
    emitsOptions: eu(i, o),
    // emit
    emit: null,
    // to be set immediately
    emitted: null,
    // props default value
    propsDefaults: de,
    // inheritAttrs
    inheritAttrs: i.inheritAttrs,
    // state
    ctx: de,
    data: de,
    props: de,
    attrs: de,
    slots: de,
    refs: de,
    setupState: de,
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
  return k.NODE_ENV !== "production" ? l.ctx = g2(l) : l.ctx = { _: l }, l.root = e ? e.root : l, l.emit = K2.bind(null, l), t.ce && t.ce(l), l;
}
let Oe = null;
const c3 = () => Oe || Ye;
let mo, Wl;
{
  const t = os(), e = (n, i) => {
    let o;
    return (o = t[n]) || (o = t[n] = []), o.push(i), (l) => {
      o.length > 1 ? o.forEach((s) => s(l)) : o[0](l);
    };
  };
  mo = e(
    "__VUE_INSTANCE_SETTERS__",
    (n) => Oe = n
  ), Wl = e(
    "__VUE_SSR_SETTERS__",
    (n) => Xi = n
  );
}
const cs = (t) => {
  const e = Oe;
  return mo(t), t.scope.on(), () => {
    t.scope.off(), mo(e);
  };
}, Ta = () => {
  Oe && Oe.scope.off(), mo(null);
}, f3 = /* @__PURE__ */ Zt("slot,component");
function Gl(t, { isNativeTag: e }) {
  (f3(t) || e(t)) && I(
    "Do not use built-in or reserved HTML elements as component id: " + t
  );
}
function au(t) {
  return t.vnode.shapeFlag & 4;
}
let Xi = !1;
function u3(t, e = !1, n = !1) {
  e && Wl(e);
  const { props: i, children: o } = t.vnode, l = au(t);
  C2(t, i, l, e), I2(t, o, n);
  const s = l ? h3(t, e) : void 0;
  return e && Wl(!1), s;
}
function h3(t, e) {
  var n;
  const i = t.type;
  if (k.NODE_ENV !== "production") {
    if (i.name && Gl(i.name, t.appContext.config), i.components) {
      const l = Object.keys(i.components);
      for (let s = 0; s < l.length; s++)
        Gl(l[s], t.appContext.config);
    }
    if (i.directives) {
      const l = Object.keys(i.directives);
      for (let s = 0; s < l.length; s++)
        Rf(l[s]);
    }
    i.compilerOptions && d3() && I(
      '"compilerOptions" is only supported when using a build of Vue that includes the runtime compiler. Since you are using a runtime-only build, the options should be passed via your build tool config instead.'
    );
  }
  t.accessCache = /* @__PURE__ */ Object.create(null), t.proxy = new Proxy(t.ctx, If), k.NODE_ENV !== "production" && m2(t);
  const { setup: o } = i;
  if (o) {
    Qt();
    const l = t.setupContext = o.length > 1 ? g3(t) : null, s = cs(t), r = di(
      o,
      t,
      0,
      [
        k.NODE_ENV !== "production" ? Ft(t.props) : t.props,
        l
      ]
    ), a = pr(r);
    if (Jt(), s(), (a || t.sp) && !$i(t) && Tf(t), a) {
      if (r.then(Ta, Ta), e)
        return r.then((c) => {
          Va(t, c, e);
        }).catch((c) => {
          ls(c, t, 0);
        });
      if (t.asyncDep = r, k.NODE_ENV !== "production" && !t.suspense) {
        const c = (n = i.name) != null ? n : "Anonymous";
        I(
          `Component <${c}>: setup function returned a promise, but no <Suspense> boundary was found in the parent component tree. A component with async setup() must be nested in a <Suspense> in order to be rendered.`
        );
      }
    } else
      Va(t, r, e);
  } else
    cu(t, e);
}
function Va(t, e, n) {
  Z(e) ? t.type.__ssrInlineRender ? t.ssrRender = e : t.render = e : ve(e) ? (k.NODE_ENV !== "production" && jo(e) && I(
    "setup() should not return VNodes directly - return a render function instead."
  ), k.NODE_ENV !== "production" && (t.devtoolsRawSetupState = e), t.setupState = bf(e), k.NODE_ENV !== "production" && v2(t)) : k.NODE_ENV !== "production" && e !== void 0 && I(
    `setup() should return an object. Received: ${e === null ? "null" : typeof e}`
  ), cu(t, n);
}
const d3 = () => !0;
function cu(t, e, n) {
  const i = t.type;
  t.render || (t.render = i.render || Ne);
  {
    const o = cs(t);
    Qt();
    try {
      y2(t);
    } finally {
      Jt(), o();
    }
  }
  k.NODE_ENV !== "production" && !i.render && t.render === Ne && !e && (i.template ? I(
    'Component provided template option but runtime compilation is not supported in this build of Vue. Configure your bundler to alias "vue" to "vue/dist/vue.esm-bundler.js".'
  ) : I("Component is missing template or render function: ", i));
}
const La = k.NODE_ENV !== "production" ? {
  get(t, e) {
    return go(), Ce(t, "get", ""), t[e];
  },
  set() {
    return I("setupContext.attrs is readonly."), !1;
  },
  deleteProperty() {
    return I("setupContext.attrs is readonly."), !1;
  }
} : {
  get(t, e) {
    return Ce(t, "get", ""), t[e];
  }
};
function p3(t) {
  return new Proxy(t.slots, {
    get(e, n) {
      return Ce(t, "get", "$slots"), e[n];
    }
  });
}
function g3(t) {
  const e = (n) => {
    if (k.NODE_ENV !== "production" && (t.exposed && I("expose() should be called only once per setup()."), n != null)) {
      let i = typeof n;
      i === "object" && (Y(n) ? i = "array" : Se(n) && (i = "ref")), i !== "object" && I(
        `expose() should be passed a plain object, received ${i}.`
      );
    }
    t.exposed = n || {};
  };
  if (k.NODE_ENV !== "production") {
    let n, i;
    return Object.freeze({
      get attrs() {
        return n || (n = new Proxy(t.attrs, La));
      },
      get slots() {
        return i || (i = p3(t));
      },
      get emit() {
        return (o, ...l) => t.emit(o, ...l);
      },
      expose: e
    });
  } else
    return {
      attrs: new Proxy(t.attrs, La),
      slots: t.slots,
      emit: t.emit,
      expose: e
    };
}
function Fr(t) {
  return t.exposed ? t.exposeProxy || (t.exposeProxy = new Proxy(bf(Md(t.exposed)), {
    get(e, n) {
      if (n in e)
        return e[n];
      if (n in Vn)
        return Vn[n](t);
    },
    has(e, n) {
      return n in e || n in Vn;
    }
  })) : t.proxy;
}
const m3 = /(?:^|[-_])(\w)/g, v3 = (t) => t.replace(m3, (e) => e.toUpperCase()).replace(/[-_]/g, "");
function Ar(t, e = !0) {
  return Z(t) ? t.displayName || t.name : t.name || e && t.__name;
}
function Wo(t, e, n = !1) {
  let i = Ar(e);
  if (!i && e.__file) {
    const o = e.__file.match(/([^/\\]+)\.\w+$/);
    o && (i = o[1]);
  }
  if (!i && t && t.parent) {
    const o = (l) => {
      for (const s in l)
        if (l[s] === e)
          return s;
    };
    i = o(
      t.components || t.parent.type.components
    ) || o(t.appContext.components);
  }
  return i ? v3(i) : n ? "App" : "Anonymous";
}
function fu(t) {
  return Z(t) && "__vccOpts" in t;
}
const uu = (t, e) => {
  const n = _d(t, e, Xi);
  if (k.NODE_ENV !== "production") {
    const i = c3();
    i && i.appContext.config.warnRecursiveComputed && (n._warnRecursive = !0);
  }
  return n;
};
function b3() {
  if (k.NODE_ENV === "production" || typeof window > "u")
    return;
  const t = { style: "color:#3ba776" }, e = { style: "color:#1677ff" }, n = { style: "color:#f5222d" }, i = { style: "color:#eb2f96" }, o = {
    __vue_custom_formatter: !0,
    header(u) {
      return ve(u) ? u.__isVue ? ["div", t, "VueInstance"] : Se(u) ? [
        "div",
        {},
        ["span", t, f(u)],
        "<",
        // avoid debugger accessing value affecting behavior
        r("_value" in u ? u._value : u),
        ">"
      ] : ii(u) ? [
        "div",
        {},
        ["span", t, nt(u) ? "ShallowReactive" : "Reactive"],
        "<",
        r(u),
        `>${un(u) ? " (readonly)" : ""}`
      ] : un(u) ? [
        "div",
        {},
        ["span", t, nt(u) ? "ShallowReadonly" : "Readonly"],
        "<",
        r(u),
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
          ...l(u.$)
        ];
    }
  };
  function l(u) {
    const h = [];
    u.type.props && u.props && h.push(s("props", se(u.props))), u.setupState !== de && h.push(s("setup", u.setupState)), u.data !== de && h.push(s("data", se(u.data)));
    const d = a(u, "computed");
    d && h.push(s("computed", d));
    const p = a(u, "inject");
    return p && h.push(s("injected", p)), h.push([
      "div",
      {},
      [
        "span",
        {
          style: i.style + ";opacity:0.66"
        },
        "$ (internal): "
      ],
      ["object", { object: u }]
    ]), h;
  }
  function s(u, h) {
    return h = we({}, h), Object.keys(h).length ? [
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
          ["span", i, d + ": "],
          r(h[d], !1)
        ])
      ]
    ] : ["span", {}];
  }
  function r(u, h = !0) {
    return typeof u == "number" ? ["span", e, u] : typeof u == "string" ? ["span", n, JSON.stringify(u)] : typeof u == "boolean" ? ["span", i, u] : ve(u) ? ["object", { object: h ? se(u) : u }] : ["span", n, String(u)];
  }
  function a(u, h) {
    const d = u.type;
    if (Z(d))
      return;
    const p = {};
    for (const m in u.ctx)
      c(d, m, h) && (p[m] = u.ctx[m]);
    return p;
  }
  function c(u, h, d) {
    const p = u[d];
    if (Y(p) && p.includes(h) || ve(p) && h in p || u.extends && c(u.extends, h, d) || u.mixins && u.mixins.some((m) => c(m, h, d)))
      return !0;
  }
  function f(u) {
    return nt(u) ? "ShallowRef" : u.effect ? "ComputedRef" : "Ref";
  }
  window.devtoolsFormatters ? window.devtoolsFormatters.push(o) : window.devtoolsFormatters = [o];
}
const Ia = "3.5.13", at = k.NODE_ENV !== "production" ? I : Ne;
var Te = {};
let ql;
const $a = typeof window < "u" && window.trustedTypes;
if ($a)
  try {
    ql = /* @__PURE__ */ $a.createPolicy("vue", {
      createHTML: (t) => t
    });
  } catch (t) {
    Te.NODE_ENV !== "production" && at(`Error creating trusted types policy: ${t}`);
  }
const hu = ql ? (t) => ql.createHTML(t) : (t) => t, y3 = "http://www.w3.org/2000/svg", k3 = "http://www.w3.org/1998/Math/MathML", qt = typeof document < "u" ? document : null, za = qt && /* @__PURE__ */ qt.createElement("template"), w3 = {
  insert: (t, e, n) => {
    e.insertBefore(t, n || null);
  },
  remove: (t) => {
    const e = t.parentNode;
    e && e.removeChild(t);
  },
  createElement: (t, e, n, i) => {
    const o = e === "svg" ? qt.createElementNS(y3, t) : e === "mathml" ? qt.createElementNS(k3, t) : n ? qt.createElement(t, { is: n }) : qt.createElement(t);
    return t === "select" && i && i.multiple != null && o.setAttribute("multiple", i.multiple), o;
  },
  createText: (t) => qt.createTextNode(t),
  createComment: (t) => qt.createComment(t),
  setText: (t, e) => {
    t.nodeValue = e;
  },
  setElementText: (t, e) => {
    t.textContent = e;
  },
  parentNode: (t) => t.parentNode,
  nextSibling: (t) => t.nextSibling,
  querySelector: (t) => qt.querySelector(t),
  setScopeId(t, e) {
    t.setAttribute(e, "");
  },
  // __UNSAFE__
  // Reason: innerHTML.
  // Static content here can only come from compiled templates.
  // As long as the user only uses trusted templates, this is safe.
  insertStaticContent(t, e, n, i, o, l) {
    const s = n ? n.previousSibling : e.lastChild;
    if (o && (o === l || o.nextSibling))
      for (; e.insertBefore(o.cloneNode(!0), n), !(o === l || !(o = o.nextSibling)); )
        ;
    else {
      za.innerHTML = hu(
        i === "svg" ? `<svg>${t}</svg>` : i === "mathml" ? `<math>${t}</math>` : t
      );
      const r = za.content;
      if (i === "svg" || i === "mathml") {
        const a = r.firstChild;
        for (; a.firstChild; )
          r.appendChild(a.firstChild);
        r.removeChild(a);
      }
      e.insertBefore(r, n);
    }
    return [
      // first
      s ? s.nextSibling : e.firstChild,
      // last
      n ? n.previousSibling : e.lastChild
    ];
  }
}, x3 = Symbol("_vtc");
function M3(t, e, n) {
  const i = t[x3];
  i && (e = (e ? [e, ...i] : [...i]).join(" ")), e == null ? t.removeAttribute("class") : n ? t.setAttribute("class", e) : t.className = e;
}
const Ba = Symbol("_vod"), D3 = Symbol("_vsh"), E3 = Symbol(Te.NODE_ENV !== "production" ? "CSS_VAR_TEXT" : ""), _3 = /(^|;)\s*display\s*:/;
function C3(t, e, n) {
  const i = t.style, o = ke(n);
  let l = !1;
  if (n && !o) {
    if (e)
      if (ke(e))
        for (const s of e.split(";")) {
          const r = s.slice(0, s.indexOf(":")).trim();
          n[r] == null && Zs(i, r, "");
        }
      else
        for (const s in e)
          n[s] == null && Zs(i, s, "");
    for (const s in n)
      s === "display" && (l = !0), Zs(i, s, n[s]);
  } else if (o) {
    if (e !== n) {
      const s = i[E3];
      s && (n += ";" + s), i.cssText = n, l = _3.test(n);
    }
  } else e && t.removeAttribute("style");
  Ba in t && (t[Ba] = l ? i.display : "", t[D3] && (i.display = "none"));
}
const N3 = /[^\\];\s*$/, Ha = /\s*!important$/;
function Zs(t, e, n) {
  if (Y(n))
    n.forEach((i) => Zs(t, e, i));
  else if (n == null && (n = ""), Te.NODE_ENV !== "production" && N3.test(n) && at(
    `Unexpected semicolon at the end of '${e}' style value: '${n}'`
  ), e.startsWith("--"))
    t.setProperty(e, n);
  else {
    const i = O3(t, e);
    Ha.test(n) ? t.setProperty(
      et(i),
      n.replace(Ha, ""),
      "important"
    ) : t[i] = n;
  }
}
const ja = ["Webkit", "Moz", "ms"], ll = {};
function O3(t, e) {
  const n = ll[e];
  if (n)
    return n;
  let i = Pe(e);
  if (i !== "filter" && i in t)
    return ll[e] = i;
  i = zn(i);
  for (let o = 0; o < ja.length; o++) {
    const l = ja[o] + i;
    if (l in t)
      return ll[e] = l;
  }
  return e;
}
const Wa = "http://www.w3.org/1999/xlink";
function Ga(t, e, n, i, o, l = td(e)) {
  i && e.startsWith("xlink:") ? n == null ? t.removeAttributeNS(Wa, e.slice(6, e.length)) : t.setAttributeNS(Wa, e, n) : n == null || l && !Xc(n) ? t.removeAttribute(e) : t.setAttribute(
    e,
    l ? "" : gn(n) ? String(n) : n
  );
}
function qa(t, e, n, i, o) {
  if (e === "innerHTML" || e === "textContent") {
    n != null && (t[e] = e === "innerHTML" ? hu(n) : n);
    return;
  }
  const l = t.tagName;
  if (e === "value" && l !== "PROGRESS" && // custom elements may use _value internally
  !l.includes("-")) {
    const r = l === "OPTION" ? t.getAttribute("value") || "" : t.value, a = n == null ? (
      // #11647: value should be set as empty string for null and undefined,
      // but <input type="checkbox"> should be set as 'on'.
      t.type === "checkbox" ? "on" : ""
    ) : String(n);
    (r !== a || !("_value" in t)) && (t.value = a), n == null && t.removeAttribute(e), t._value = n;
    return;
  }
  let s = !1;
  if (n === "" || n == null) {
    const r = typeof t[e];
    r === "boolean" ? n = Xc(n) : n == null && r === "string" ? (n = "", s = !0) : r === "number" && (n = 0, s = !0);
  }
  try {
    t[e] = n;
  } catch (r) {
    Te.NODE_ENV !== "production" && !s && at(
      `Failed setting prop "${e}" on <${l.toLowerCase()}>: value ${n} is invalid.`,
      r
    );
  }
  s && t.removeAttribute(o || e);
}
function S3(t, e, n, i) {
  t.addEventListener(e, n, i);
}
function R3(t, e, n, i) {
  t.removeEventListener(e, n, i);
}
const Ua = Symbol("_vei");
function F3(t, e, n, i, o = null) {
  const l = t[Ua] || (t[Ua] = {}), s = l[e];
  if (i && s)
    s.value = Te.NODE_ENV !== "production" ? Ka(i, e) : i;
  else {
    const [r, a] = A3(e);
    if (i) {
      const c = l[e] = V3(
        Te.NODE_ENV !== "production" ? Ka(i, e) : i,
        o
      );
      S3(t, r, c, a);
    } else s && (R3(t, r, s, a), l[e] = void 0);
  }
}
const Ya = /(?:Once|Passive|Capture)$/;
function A3(t) {
  let e;
  if (Ya.test(t)) {
    e = {};
    let i;
    for (; i = t.match(Ya); )
      t = t.slice(0, t.length - i[0].length), e[i[0].toLowerCase()] = !0;
  }
  return [t[2] === ":" ? t.slice(3) : et(t.slice(2)), e];
}
let rl = 0;
const P3 = /* @__PURE__ */ Promise.resolve(), T3 = () => rl || (P3.then(() => rl = 0), rl = Date.now());
function V3(t, e) {
  const n = (i) => {
    if (!i._vts)
      i._vts = Date.now();
    else if (i._vts <= n.attached)
      return;
    $t(
      L3(i, n.value),
      e,
      5,
      [i]
    );
  };
  return n.value = t, n.attached = T3(), n;
}
function Ka(t, e) {
  return Z(t) || Y(t) ? t : (at(
    `Wrong type passed as event handler to ${e} - did you forget @ or : in front of your prop?
Expected function or array of functions, received type ${typeof t}.`
  ), Ne);
}
function L3(t, e) {
  if (Y(e)) {
    const n = t.stopImmediatePropagation;
    return t.stopImmediatePropagation = () => {
      n.call(t), t._stopped = !0;
    }, e.map(
      (i) => (o) => !o._stopped && i && i(o)
    );
  } else
    return e;
}
const Xa = (t) => t.charCodeAt(0) === 111 && t.charCodeAt(1) === 110 && // lowercase letter
t.charCodeAt(2) > 96 && t.charCodeAt(2) < 123, I3 = (t, e, n, i, o, l) => {
  const s = o === "svg";
  e === "class" ? M3(t, i, s) : e === "style" ? C3(t, n, i) : ss(e) ? so(e) || F3(t, e, n, i, l) : (e[0] === "." ? (e = e.slice(1), !0) : e[0] === "^" ? (e = e.slice(1), !1) : $3(t, e, i, s)) ? (qa(t, e, i), !t.tagName.includes("-") && (e === "value" || e === "checked" || e === "selected") && Ga(t, e, i, s, l, e !== "value")) : /* #11081 force set props for possible async custom element */ t._isVueCE && (/[A-Z]/.test(e) || !ke(i)) ? qa(t, Pe(e), i, l, e) : (e === "true-value" ? t._trueValue = i : e === "false-value" && (t._falseValue = i), Ga(t, e, i, s));
};
function $3(t, e, n, i) {
  if (i)
    return !!(e === "innerHTML" || e === "textContent" || e in t && Xa(e) && Z(n));
  if (e === "spellcheck" || e === "draggable" || e === "translate" || e === "form" || e === "list" && t.tagName === "INPUT" || e === "type" && t.tagName === "TEXTAREA")
    return !1;
  if (e === "width" || e === "height") {
    const o = t.tagName;
    if (o === "IMG" || o === "VIDEO" || o === "CANVAS" || o === "SOURCE")
      return !1;
  }
  return Xa(e) && ke(n) ? !1 : e in t;
}
const Za = {};
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function z3(t, e, n) {
  const i = /* @__PURE__ */ Qd(t, e);
  Vo(i) && we(i, e);
  class o extends Pr {
    constructor(s) {
      super(i, s, n);
    }
  }
  return o.def = i, o;
}
const B3 = typeof HTMLElement < "u" ? HTMLElement : class {
};
class Pr extends B3 {
  constructor(e, n = {}, i = Ja) {
    super(), this._def = e, this._props = n, this._createApp = i, this._isVueCE = !0, this._instance = null, this._app = null, this._nonce = this._def.nonce, this._connected = !1, this._resolved = !1, this._numberProps = null, this._styleChildren = /* @__PURE__ */ new WeakSet(), this._ob = null, this.shadowRoot && i !== Ja ? this._root = this.shadowRoot : (Te.NODE_ENV !== "production" && this.shadowRoot && at(
      "Custom element has pre-rendered declarative shadow root but is not defined as hydratable. Use `defineSSRCustomElement`."
    ), e.shadowRoot !== !1 ? (this.attachShadow({ mode: "open" }), this._root = this.shadowRoot) : this._root = this), this._def.__asyncLoader || this._resolveProps(this._def);
  }
  connectedCallback() {
    if (!this.isConnected) return;
    this.shadowRoot || this._parseSlots(), this._connected = !0;
    let e = this;
    for (; e = e && (e.parentNode || e.host); )
      if (e instanceof Pr) {
        this._parent = e;
        break;
      }
    this._instance || (this._resolved ? (this._setParent(), this._update()) : e && e._pendingResolve ? this._pendingResolve = e._pendingResolve.then(() => {
      this._pendingResolve = void 0, this._resolveDef();
    }) : this._resolveDef());
  }
  _setParent(e = this._parent) {
    e && (this._instance.parent = e._instance, this._instance.provides = e._instance.provides);
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
    for (let i = 0; i < this.attributes.length; i++)
      this._setAttr(this.attributes[i].name);
    this._ob = new MutationObserver((i) => {
      for (const o of i)
        this._setAttr(o.attributeName);
    }), this._ob.observe(this, { attributes: !0 });
    const e = (i, o = !1) => {
      this._resolved = !0, this._pendingResolve = void 0;
      const { props: l, styles: s } = i;
      let r;
      if (l && !Y(l))
        for (const a in l) {
          const c = l[a];
          (c === Number || c && c.type === Number) && (a in this._props && (this._props[a] = ha(this._props[a])), (r || (r = /* @__PURE__ */ Object.create(null)))[Pe(a)] = !0);
        }
      this._numberProps = r, o && this._resolveProps(i), this.shadowRoot ? this._applyStyles(s) : Te.NODE_ENV !== "production" && s && at(
        "Custom element style injection is not supported when using shadowRoot: false"
      ), this._mount(i);
    }, n = this._def.__asyncLoader;
    n ? this._pendingResolve = n().then(
      (i) => e(this._def = i, !0)
    ) : e(this._def);
  }
  _mount(e) {
    Te.NODE_ENV !== "production" && !e.name && (e.name = "VueElement"), this._app = this._createApp(e), e.configureApp && e.configureApp(this._app), this._app._ceVNode = this._createVNode(), this._app.mount(this._root);
    const n = this._instance && this._instance.exposed;
    if (n)
      for (const i in n)
        ae(this, i) ? Te.NODE_ENV !== "production" && at(`Exposed property "${i}" already exists on custom element.`) : Object.defineProperty(this, i, {
          // unwrap ref to be consistent with public instance behavior
          get: () => ei(n[i])
        });
  }
  _resolveProps(e) {
    const { props: n } = e, i = Y(n) ? n : Object.keys(n || {});
    for (const o of Object.keys(this))
      o[0] !== "_" && i.includes(o) && this._setProp(o, this[o]);
    for (const o of i.map(Pe))
      Object.defineProperty(this, o, {
        get() {
          return this._getProp(o);
        },
        set(l) {
          this._setProp(o, l, !0, !0);
        }
      });
  }
  _setAttr(e) {
    if (e.startsWith("data-v-")) return;
    const n = this.hasAttribute(e);
    let i = n ? this.getAttribute(e) : Za;
    const o = Pe(e);
    n && this._numberProps && this._numberProps[o] && (i = ha(i)), this._setProp(o, i, !1, !0);
  }
  /**
   * @internal
   */
  _getProp(e) {
    return this._props[e];
  }
  /**
   * @internal
   */
  _setProp(e, n, i = !0, o = !1) {
    if (n !== this._props[e] && (n === Za ? delete this._props[e] : (this._props[e] = n, e === "key" && this._app && (this._app._ceVNode.key = n)), o && this._instance && this._update(), i)) {
      const l = this._ob;
      l && l.disconnect(), n === !0 ? this.setAttribute(et(e), "") : typeof n == "string" || typeof n == "number" ? this.setAttribute(et(e), n + "") : n || this.removeAttribute(et(e)), l && l.observe(this, { attributes: !0 });
    }
  }
  _update() {
    j3(this._createVNode(), this._root);
  }
  _createVNode() {
    const e = {};
    this.shadowRoot || (e.onVnodeMounted = e.onVnodeUpdated = this._renderSlots.bind(this));
    const n = Fe(this._def, we(e, this._props));
    return this._instance || (n.ce = (i) => {
      this._instance = i, i.ce = this, i.isCE = !0, Te.NODE_ENV !== "production" && (i.ceReload = (l) => {
        this._styles && (this._styles.forEach((s) => this._root.removeChild(s)), this._styles.length = 0), this._applyStyles(l), this._instance = null, this._update();
      });
      const o = (l, s) => {
        this.dispatchEvent(
          new CustomEvent(
            l,
            Vo(s[0]) ? we({ detail: s }, s[0]) : { detail: s }
          )
        );
      };
      i.emit = (l, ...s) => {
        o(l, s), et(l) !== l && o(et(l), s);
      }, this._setParent();
    }), n;
  }
  _applyStyles(e, n) {
    if (!e) return;
    if (n) {
      if (n === this._def || this._styleChildren.has(n))
        return;
      this._styleChildren.add(n);
    }
    const i = this._nonce;
    for (let o = e.length - 1; o >= 0; o--) {
      const l = document.createElement("style");
      if (i && l.setAttribute("nonce", i), l.textContent = e[o], this.shadowRoot.prepend(l), Te.NODE_ENV !== "production")
        if (n) {
          if (n.__hmrId) {
            this._childStyles || (this._childStyles = /* @__PURE__ */ new Map());
            let s = this._childStyles.get(n.__hmrId);
            s || this._childStyles.set(n.__hmrId, s = []), s.push(l);
          }
        } else
          (this._styles || (this._styles = [])).push(l);
    }
  }
  /**
   * Only called when shadowRoot is false
   */
  _parseSlots() {
    const e = this._slots = {};
    let n;
    for (; n = this.firstChild; ) {
      const i = n.nodeType === 1 && n.getAttribute("slot") || "default";
      (e[i] || (e[i] = [])).push(n), this.removeChild(n);
    }
  }
  /**
   * Only called when shadowRoot is false
   */
  _renderSlots() {
    const e = (this._teleportTarget || this).querySelectorAll("slot"), n = this._instance.type.__scopeId;
    for (let i = 0; i < e.length; i++) {
      const o = e[i], l = o.getAttribute("name") || "default", s = this._slots[l], r = o.parentNode;
      if (s)
        for (const a of s) {
          if (n && a.nodeType === 1) {
            const c = n + "-s", f = document.createTreeWalker(a, 1);
            a.setAttribute(c, "");
            let u;
            for (; u = f.nextNode(); )
              u.setAttribute(c, "");
          }
          r.insertBefore(a, o);
        }
      else
        for (; o.firstChild; ) r.insertBefore(o.firstChild, o);
      r.removeChild(o);
    }
  }
  /**
   * @internal
   */
  _injectChildStyle(e) {
    this._applyStyles(e.styles, e);
  }
  /**
   * @internal
   */
  _removeChildStyle(e) {
    if (Te.NODE_ENV !== "production" && (this._styleChildren.delete(e), this._childStyles && e.__hmrId)) {
      const n = this._childStyles.get(e.__hmrId);
      n && (n.forEach((i) => this._root.removeChild(i)), n.length = 0);
    }
  }
}
const H3 = /* @__PURE__ */ we({ patchProp: I3 }, w3);
let Qa;
function du() {
  return Qa || (Qa = B2(H3));
}
const j3 = (...t) => {
  du().render(...t);
}, Ja = (...t) => {
  const e = du().createApp(...t);
  Te.NODE_ENV !== "production" && (G3(e), q3(e));
  const { mount: n } = e;
  return e.mount = (i) => {
    const o = U3(i);
    if (!o) return;
    const l = e._component;
    !Z(l) && !l.render && !l.template && (l.template = o.innerHTML), o.nodeType === 1 && (o.textContent = "");
    const s = n(o, !1, W3(o));
    return o instanceof Element && (o.removeAttribute("v-cloak"), o.setAttribute("data-v-app", "")), s;
  }, e;
};
function W3(t) {
  if (t instanceof SVGElement)
    return "svg";
  if (typeof MathMLElement == "function" && t instanceof MathMLElement)
    return "mathml";
}
function G3(t) {
  Object.defineProperty(t.config, "isNativeTag", {
    value: (e) => Zh(e) || Qh(e) || Jh(e),
    writable: !1
  });
}
function q3(t) {
  {
    const e = t.config.isCustomElement;
    Object.defineProperty(t.config, "isCustomElement", {
      get() {
        return e;
      },
      set() {
        at(
          "The `isCustomElement` config option is deprecated. Use `compilerOptions.isCustomElement` instead."
        );
      }
    });
    const n = t.config.compilerOptions, i = 'The `compilerOptions` config option is only respected when using a build of Vue.js that includes the runtime compiler (aka "full build"). Since you are using the runtime-only build, `compilerOptions` must be passed to `@vue/compiler-dom` in the build setup instead.\n- For vue-loader: pass it via vue-loader\'s `compilerOptions` loader option.\n- For vue-cli: see https://cli.vuejs.org/guide/webpack.html#modifying-options-of-a-loader\n- For vite: pass it via @vitejs/plugin-vue options. See https://github.com/vitejs/vite-plugin-vue/tree/main/packages/plugin-vue#example-for-passing-options-to-vuecompiler-sfc';
    Object.defineProperty(t.config, "compilerOptions", {
      get() {
        return at(i), n;
      },
      set() {
        at(i);
      }
    });
  }
}
function U3(t) {
  if (ke(t)) {
    const e = document.querySelector(t);
    return Te.NODE_ENV !== "production" && !e && at(
      `Failed to mount app: mount target selector "${t}" returned null.`
    ), e;
  }
  return Te.NODE_ENV !== "production" && window.ShadowRoot && t instanceof window.ShadowRoot && t.mode === "closed" && at(
    'mounting on a ShadowRoot with `{mode: "closed"}` may lead to unpredictable bugs'
  ), t;
}
var Y3 = {};
function K3() {
  b3();
}
Y3.NODE_ENV !== "production" && K3();
function Qs(t, e) {
  return t == null || e == null ? NaN : t < e ? -1 : t > e ? 1 : t >= e ? 0 : NaN;
}
function X3(t, e) {
  return t == null || e == null ? NaN : e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function pu(t) {
  let e, n, i;
  t.length !== 2 ? (e = Qs, n = (r, a) => Qs(t(r), a), i = (r, a) => t(r) - a) : (e = t === Qs || t === X3 ? t : Z3, n = t, i = t);
  function o(r, a, c = 0, f = r.length) {
    if (c < f) {
      if (e(a, a) !== 0) return f;
      do {
        const u = c + f >>> 1;
        n(r[u], a) < 0 ? c = u + 1 : f = u;
      } while (c < f);
    }
    return c;
  }
  function l(r, a, c = 0, f = r.length) {
    if (c < f) {
      if (e(a, a) !== 0) return f;
      do {
        const u = c + f >>> 1;
        n(r[u], a) <= 0 ? c = u + 1 : f = u;
      } while (c < f);
    }
    return c;
  }
  function s(r, a, c = 0, f = r.length) {
    const u = o(r, a, c, f - 1);
    return u > c && i(r[u - 1], a) > -i(r[u], a) ? u - 1 : u;
  }
  return { left: o, center: s, right: l };
}
function Z3() {
  return 0;
}
function Q3(t) {
  return t === null ? NaN : +t;
}
const J3 = pu(Qs), ep = J3.right;
pu(Q3).center;
const tp = Math.sqrt(50), np = Math.sqrt(10), ip = Math.sqrt(2);
function vo(t, e, n) {
  const i = (e - t) / Math.max(0, n), o = Math.floor(Math.log10(i)), l = i / Math.pow(10, o), s = l >= tp ? 10 : l >= np ? 5 : l >= ip ? 2 : 1;
  let r, a, c;
  return o < 0 ? (c = Math.pow(10, -o) / s, r = Math.round(t * c), a = Math.round(e * c), r / c < t && ++r, a / c > e && --a, c = -c) : (c = Math.pow(10, o) * s, r = Math.round(t / c), a = Math.round(e / c), r * c < t && ++r, a * c > e && --a), a < r && 0.5 <= n && n < 2 ? vo(t, e, n * 2) : [r, a, c];
}
function sp(t, e, n) {
  if (e = +e, t = +t, n = +n, !(n > 0)) return [];
  if (t === e) return [t];
  const i = e < t, [o, l, s] = i ? vo(e, t, n) : vo(t, e, n);
  if (!(l >= o)) return [];
  const r = l - o + 1, a = new Array(r);
  if (i)
    if (s < 0) for (let c = 0; c < r; ++c) a[c] = (l - c) / -s;
    else for (let c = 0; c < r; ++c) a[c] = (l - c) * s;
  else if (s < 0) for (let c = 0; c < r; ++c) a[c] = (o + c) / -s;
  else for (let c = 0; c < r; ++c) a[c] = (o + c) * s;
  return a;
}
function Ul(t, e, n) {
  return e = +e, t = +t, n = +n, vo(t, e, n)[2];
}
function op(t, e, n) {
  e = +e, t = +t, n = +n;
  const i = e < t, o = i ? Ul(e, t, n) : Ul(t, e, n);
  return (i ? -1 : 1) * (o < 0 ? 1 / -o : o);
}
function lp(t, e) {
  switch (arguments.length) {
    case 0:
      break;
    case 1:
      this.range(t);
      break;
    default:
      this.range(e).domain(t);
      break;
  }
  return this;
}
function Tr(t, e, n) {
  t.prototype = e.prototype = n, n.constructor = t;
}
function gu(t, e) {
  var n = Object.create(t.prototype);
  for (var i in e) n[i] = e[i];
  return n;
}
function fs() {
}
var Zi = 0.7, bo = 1 / Zi, li = "\\s*([+-]?\\d+)\\s*", Qi = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", Tt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", rp = /^#([0-9a-f]{3,8})$/, ap = new RegExp(`^rgb\\(${li},${li},${li}\\)$`), cp = new RegExp(`^rgb\\(${Tt},${Tt},${Tt}\\)$`), fp = new RegExp(`^rgba\\(${li},${li},${li},${Qi}\\)$`), up = new RegExp(`^rgba\\(${Tt},${Tt},${Tt},${Qi}\\)$`), hp = new RegExp(`^hsl\\(${Qi},${Tt},${Tt}\\)$`), dp = new RegExp(`^hsla\\(${Qi},${Tt},${Tt},${Qi}\\)$`), e1 = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
Tr(fs, Ji, {
  copy(t) {
    return Object.assign(new this.constructor(), this, t);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: t1,
  // Deprecated! Use color.formatHex.
  formatHex: t1,
  formatHex8: pp,
  formatHsl: gp,
  formatRgb: n1,
  toString: n1
});
function t1() {
  return this.rgb().formatHex();
}
function pp() {
  return this.rgb().formatHex8();
}
function gp() {
  return mu(this).formatHsl();
}
function n1() {
  return this.rgb().formatRgb();
}
function Ji(t) {
  var e, n;
  return t = (t + "").trim().toLowerCase(), (e = rp.exec(t)) ? (n = e[1].length, e = parseInt(e[1], 16), n === 6 ? i1(e) : n === 3 ? new Xe(e >> 8 & 15 | e >> 4 & 240, e >> 4 & 15 | e & 240, (e & 15) << 4 | e & 15, 1) : n === 8 ? ys(e >> 24 & 255, e >> 16 & 255, e >> 8 & 255, (e & 255) / 255) : n === 4 ? ys(e >> 12 & 15 | e >> 8 & 240, e >> 8 & 15 | e >> 4 & 240, e >> 4 & 15 | e & 240, ((e & 15) << 4 | e & 15) / 255) : null) : (e = ap.exec(t)) ? new Xe(e[1], e[2], e[3], 1) : (e = cp.exec(t)) ? new Xe(e[1] * 255 / 100, e[2] * 255 / 100, e[3] * 255 / 100, 1) : (e = fp.exec(t)) ? ys(e[1], e[2], e[3], e[4]) : (e = up.exec(t)) ? ys(e[1] * 255 / 100, e[2] * 255 / 100, e[3] * 255 / 100, e[4]) : (e = hp.exec(t)) ? l1(e[1], e[2] / 100, e[3] / 100, 1) : (e = dp.exec(t)) ? l1(e[1], e[2] / 100, e[3] / 100, e[4]) : e1.hasOwnProperty(t) ? i1(e1[t]) : t === "transparent" ? new Xe(NaN, NaN, NaN, 0) : null;
}
function i1(t) {
  return new Xe(t >> 16 & 255, t >> 8 & 255, t & 255, 1);
}
function ys(t, e, n, i) {
  return i <= 0 && (t = e = n = NaN), new Xe(t, e, n, i);
}
function mp(t) {
  return t instanceof fs || (t = Ji(t)), t ? (t = t.rgb(), new Xe(t.r, t.g, t.b, t.opacity)) : new Xe();
}
function Yl(t, e, n, i) {
  return arguments.length === 1 ? mp(t) : new Xe(t, e, n, i ?? 1);
}
function Xe(t, e, n, i) {
  this.r = +t, this.g = +e, this.b = +n, this.opacity = +i;
}
Tr(Xe, Yl, gu(fs, {
  brighter(t) {
    return t = t == null ? bo : Math.pow(bo, t), new Xe(this.r * t, this.g * t, this.b * t, this.opacity);
  },
  darker(t) {
    return t = t == null ? Zi : Math.pow(Zi, t), new Xe(this.r * t, this.g * t, this.b * t, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Xe(Ln(this.r), Ln(this.g), Ln(this.b), yo(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: s1,
  // Deprecated! Use color.formatHex.
  formatHex: s1,
  formatHex8: vp,
  formatRgb: o1,
  toString: o1
}));
function s1() {
  return `#${Nn(this.r)}${Nn(this.g)}${Nn(this.b)}`;
}
function vp() {
  return `#${Nn(this.r)}${Nn(this.g)}${Nn(this.b)}${Nn((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function o1() {
  const t = yo(this.opacity);
  return `${t === 1 ? "rgb(" : "rgba("}${Ln(this.r)}, ${Ln(this.g)}, ${Ln(this.b)}${t === 1 ? ")" : `, ${t})`}`;
}
function yo(t) {
  return isNaN(t) ? 1 : Math.max(0, Math.min(1, t));
}
function Ln(t) {
  return Math.max(0, Math.min(255, Math.round(t) || 0));
}
function Nn(t) {
  return t = Ln(t), (t < 16 ? "0" : "") + t.toString(16);
}
function l1(t, e, n, i) {
  return i <= 0 ? t = e = n = NaN : n <= 0 || n >= 1 ? t = e = NaN : e <= 0 && (t = NaN), new pt(t, e, n, i);
}
function mu(t) {
  if (t instanceof pt) return new pt(t.h, t.s, t.l, t.opacity);
  if (t instanceof fs || (t = Ji(t)), !t) return new pt();
  if (t instanceof pt) return t;
  t = t.rgb();
  var e = t.r / 255, n = t.g / 255, i = t.b / 255, o = Math.min(e, n, i), l = Math.max(e, n, i), s = NaN, r = l - o, a = (l + o) / 2;
  return r ? (e === l ? s = (n - i) / r + (n < i) * 6 : n === l ? s = (i - e) / r + 2 : s = (e - n) / r + 4, r /= a < 0.5 ? l + o : 2 - l - o, s *= 60) : r = a > 0 && a < 1 ? 0 : s, new pt(s, r, a, t.opacity);
}
function bp(t, e, n, i) {
  return arguments.length === 1 ? mu(t) : new pt(t, e, n, i ?? 1);
}
function pt(t, e, n, i) {
  this.h = +t, this.s = +e, this.l = +n, this.opacity = +i;
}
Tr(pt, bp, gu(fs, {
  brighter(t) {
    return t = t == null ? bo : Math.pow(bo, t), new pt(this.h, this.s, this.l * t, this.opacity);
  },
  darker(t) {
    return t = t == null ? Zi : Math.pow(Zi, t), new pt(this.h, this.s, this.l * t, this.opacity);
  },
  rgb() {
    var t = this.h % 360 + (this.h < 0) * 360, e = isNaN(t) || isNaN(this.s) ? 0 : this.s, n = this.l, i = n + (n < 0.5 ? n : 1 - n) * e, o = 2 * n - i;
    return new Xe(
      al(t >= 240 ? t - 240 : t + 120, o, i),
      al(t, o, i),
      al(t < 120 ? t + 240 : t - 120, o, i),
      this.opacity
    );
  },
  clamp() {
    return new pt(r1(this.h), ks(this.s), ks(this.l), yo(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const t = yo(this.opacity);
    return `${t === 1 ? "hsl(" : "hsla("}${r1(this.h)}, ${ks(this.s) * 100}%, ${ks(this.l) * 100}%${t === 1 ? ")" : `, ${t})`}`;
  }
}));
function r1(t) {
  return t = (t || 0) % 360, t < 0 ? t + 360 : t;
}
function ks(t) {
  return Math.max(0, Math.min(1, t || 0));
}
function al(t, e, n) {
  return (t < 60 ? e + (n - e) * t / 60 : t < 180 ? n : t < 240 ? e + (n - e) * (240 - t) / 60 : e) * 255;
}
const Vr = (t) => () => t;
function yp(t, e) {
  return function(n) {
    return t + n * e;
  };
}
function kp(t, e, n) {
  return t = Math.pow(t, n), e = Math.pow(e, n) - t, n = 1 / n, function(i) {
    return Math.pow(t + i * e, n);
  };
}
function wp(t) {
  return (t = +t) == 1 ? vu : function(e, n) {
    return n - e ? kp(e, n, t) : Vr(isNaN(e) ? n : e);
  };
}
function vu(t, e) {
  var n = e - t;
  return n ? yp(t, n) : Vr(isNaN(t) ? e : t);
}
const a1 = function t(e) {
  var n = wp(e);
  function i(o, l) {
    var s = n((o = Yl(o)).r, (l = Yl(l)).r), r = n(o.g, l.g), a = n(o.b, l.b), c = vu(o.opacity, l.opacity);
    return function(f) {
      return o.r = s(f), o.g = r(f), o.b = a(f), o.opacity = c(f), o + "";
    };
  }
  return i.gamma = t, i;
}(1);
function xp(t, e) {
  e || (e = []);
  var n = t ? Math.min(e.length, t.length) : 0, i = e.slice(), o;
  return function(l) {
    for (o = 0; o < n; ++o) i[o] = t[o] * (1 - l) + e[o] * l;
    return i;
  };
}
function Mp(t) {
  return ArrayBuffer.isView(t) && !(t instanceof DataView);
}
function Dp(t, e) {
  var n = e ? e.length : 0, i = t ? Math.min(n, t.length) : 0, o = new Array(i), l = new Array(n), s;
  for (s = 0; s < i; ++s) o[s] = Lr(t[s], e[s]);
  for (; s < n; ++s) l[s] = e[s];
  return function(r) {
    for (s = 0; s < i; ++s) l[s] = o[s](r);
    return l;
  };
}
function Ep(t, e) {
  var n = /* @__PURE__ */ new Date();
  return t = +t, e = +e, function(i) {
    return n.setTime(t * (1 - i) + e * i), n;
  };
}
function ko(t, e) {
  return t = +t, e = +e, function(n) {
    return t * (1 - n) + e * n;
  };
}
function _p(t, e) {
  var n = {}, i = {}, o;
  (t === null || typeof t != "object") && (t = {}), (e === null || typeof e != "object") && (e = {});
  for (o in e)
    o in t ? n[o] = Lr(t[o], e[o]) : i[o] = e[o];
  return function(l) {
    for (o in n) i[o] = n[o](l);
    return i;
  };
}
var Kl = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, cl = new RegExp(Kl.source, "g");
function Cp(t) {
  return function() {
    return t;
  };
}
function Np(t) {
  return function(e) {
    return t(e) + "";
  };
}
function Op(t, e) {
  var n = Kl.lastIndex = cl.lastIndex = 0, i, o, l, s = -1, r = [], a = [];
  for (t = t + "", e = e + ""; (i = Kl.exec(t)) && (o = cl.exec(e)); )
    (l = o.index) > n && (l = e.slice(n, l), r[s] ? r[s] += l : r[++s] = l), (i = i[0]) === (o = o[0]) ? r[s] ? r[s] += o : r[++s] = o : (r[++s] = null, a.push({ i: s, x: ko(i, o) })), n = cl.lastIndex;
  return n < e.length && (l = e.slice(n), r[s] ? r[s] += l : r[++s] = l), r.length < 2 ? a[0] ? Np(a[0].x) : Cp(e) : (e = a.length, function(c) {
    for (var f = 0, u; f < e; ++f) r[(u = a[f]).i] = u.x(c);
    return r.join("");
  });
}
function Lr(t, e) {
  var n = typeof e, i;
  return e == null || n === "boolean" ? Vr(e) : (n === "number" ? ko : n === "string" ? (i = Ji(e)) ? (e = i, a1) : Op : e instanceof Ji ? a1 : e instanceof Date ? Ep : Mp(e) ? xp : Array.isArray(e) ? Dp : typeof e.valueOf != "function" && typeof e.toString != "function" || isNaN(e) ? _p : ko)(t, e);
}
function Sp(t, e) {
  return t = +t, e = +e, function(n) {
    return Math.round(t * (1 - n) + e * n);
  };
}
function Rp(t) {
  return function() {
    return t;
  };
}
function Fp(t) {
  return +t;
}
var c1 = [0, 1];
function ti(t) {
  return t;
}
function Xl(t, e) {
  return (e -= t = +t) ? function(n) {
    return (n - t) / e;
  } : Rp(isNaN(e) ? NaN : 0.5);
}
function Ap(t, e) {
  var n;
  return t > e && (n = t, t = e, e = n), function(i) {
    return Math.max(t, Math.min(e, i));
  };
}
function Pp(t, e, n) {
  var i = t[0], o = t[1], l = e[0], s = e[1];
  return o < i ? (i = Xl(o, i), l = n(s, l)) : (i = Xl(i, o), l = n(l, s)), function(r) {
    return l(i(r));
  };
}
function Tp(t, e, n) {
  var i = Math.min(t.length, e.length) - 1, o = new Array(i), l = new Array(i), s = -1;
  for (t[i] < t[0] && (t = t.slice().reverse(), e = e.slice().reverse()); ++s < i; )
    o[s] = Xl(t[s], t[s + 1]), l[s] = n(e[s], e[s + 1]);
  return function(r) {
    var a = ep(t, r, 1, i) - 1;
    return l[a](o[a](r));
  };
}
function Vp(t, e) {
  return e.domain(t.domain()).range(t.range()).interpolate(t.interpolate()).clamp(t.clamp()).unknown(t.unknown());
}
function Lp() {
  var t = c1, e = c1, n = Lr, i, o, l, s = ti, r, a, c;
  function f() {
    var h = Math.min(t.length, e.length);
    return s !== ti && (s = Ap(t[0], t[h - 1])), r = h > 2 ? Tp : Pp, a = c = null, u;
  }
  function u(h) {
    return h == null || isNaN(h = +h) ? l : (a || (a = r(t.map(i), e, n)))(i(s(h)));
  }
  return u.invert = function(h) {
    return s(o((c || (c = r(e, t.map(i), ko)))(h)));
  }, u.domain = function(h) {
    return arguments.length ? (t = Array.from(h, Fp), f()) : t.slice();
  }, u.range = function(h) {
    return arguments.length ? (e = Array.from(h), f()) : e.slice();
  }, u.rangeRound = function(h) {
    return e = Array.from(h), n = Sp, f();
  }, u.clamp = function(h) {
    return arguments.length ? (s = h ? !0 : ti, f()) : s !== ti;
  }, u.interpolate = function(h) {
    return arguments.length ? (n = h, f()) : n;
  }, u.unknown = function(h) {
    return arguments.length ? (l = h, u) : l;
  }, function(h, d) {
    return i = h, o = d, f();
  };
}
function Ip() {
  return Lp()(ti, ti);
}
function $p(t) {
  return Math.abs(t = Math.round(t)) >= 1e21 ? t.toLocaleString("en").replace(/,/g, "") : t.toString(10);
}
function wo(t, e) {
  if ((n = (t = e ? t.toExponential(e - 1) : t.toExponential()).indexOf("e")) < 0) return null;
  var n, i = t.slice(0, n);
  return [
    i.length > 1 ? i[0] + i.slice(2) : i,
    +t.slice(n + 1)
  ];
}
function ri(t) {
  return t = wo(Math.abs(t)), t ? t[1] : NaN;
}
function zp(t, e) {
  return function(n, i) {
    for (var o = n.length, l = [], s = 0, r = t[0], a = 0; o > 0 && r > 0 && (a + r + 1 > i && (r = Math.max(1, i - a)), l.push(n.substring(o -= r, o + r)), !((a += r + 1) > i)); )
      r = t[s = (s + 1) % t.length];
    return l.reverse().join(e);
  };
}
function Bp(t) {
  return function(e) {
    return e.replace(/[0-9]/g, function(n) {
      return t[+n];
    });
  };
}
var Hp = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;
function xo(t) {
  if (!(e = Hp.exec(t))) throw new Error("invalid format: " + t);
  var e;
  return new Ir({
    fill: e[1],
    align: e[2],
    sign: e[3],
    symbol: e[4],
    zero: e[5],
    width: e[6],
    comma: e[7],
    precision: e[8] && e[8].slice(1),
    trim: e[9],
    type: e[10]
  });
}
xo.prototype = Ir.prototype;
function Ir(t) {
  this.fill = t.fill === void 0 ? " " : t.fill + "", this.align = t.align === void 0 ? ">" : t.align + "", this.sign = t.sign === void 0 ? "-" : t.sign + "", this.symbol = t.symbol === void 0 ? "" : t.symbol + "", this.zero = !!t.zero, this.width = t.width === void 0 ? void 0 : +t.width, this.comma = !!t.comma, this.precision = t.precision === void 0 ? void 0 : +t.precision, this.trim = !!t.trim, this.type = t.type === void 0 ? "" : t.type + "";
}
Ir.prototype.toString = function() {
  return this.fill + this.align + this.sign + this.symbol + (this.zero ? "0" : "") + (this.width === void 0 ? "" : Math.max(1, this.width | 0)) + (this.comma ? "," : "") + (this.precision === void 0 ? "" : "." + Math.max(0, this.precision | 0)) + (this.trim ? "~" : "") + this.type;
};
function jp(t) {
  e: for (var e = t.length, n = 1, i = -1, o; n < e; ++n)
    switch (t[n]) {
      case ".":
        i = o = n;
        break;
      case "0":
        i === 0 && (i = n), o = n;
        break;
      default:
        if (!+t[n]) break e;
        i > 0 && (i = 0);
        break;
    }
  return i > 0 ? t.slice(0, i) + t.slice(o + 1) : t;
}
var bu;
function Wp(t, e) {
  var n = wo(t, e);
  if (!n) return t + "";
  var i = n[0], o = n[1], l = o - (bu = Math.max(-8, Math.min(8, Math.floor(o / 3))) * 3) + 1, s = i.length;
  return l === s ? i : l > s ? i + new Array(l - s + 1).join("0") : l > 0 ? i.slice(0, l) + "." + i.slice(l) : "0." + new Array(1 - l).join("0") + wo(t, Math.max(0, e + l - 1))[0];
}
function f1(t, e) {
  var n = wo(t, e);
  if (!n) return t + "";
  var i = n[0], o = n[1];
  return o < 0 ? "0." + new Array(-o).join("0") + i : i.length > o + 1 ? i.slice(0, o + 1) + "." + i.slice(o + 1) : i + new Array(o - i.length + 2).join("0");
}
const u1 = {
  "%": (t, e) => (t * 100).toFixed(e),
  b: (t) => Math.round(t).toString(2),
  c: (t) => t + "",
  d: $p,
  e: (t, e) => t.toExponential(e),
  f: (t, e) => t.toFixed(e),
  g: (t, e) => t.toPrecision(e),
  o: (t) => Math.round(t).toString(8),
  p: (t, e) => f1(t * 100, e),
  r: f1,
  s: Wp,
  X: (t) => Math.round(t).toString(16).toUpperCase(),
  x: (t) => Math.round(t).toString(16)
};
function h1(t) {
  return t;
}
var d1 = Array.prototype.map, p1 = ["y", "z", "a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"];
function Gp(t) {
  var e = t.grouping === void 0 || t.thousands === void 0 ? h1 : zp(d1.call(t.grouping, Number), t.thousands + ""), n = t.currency === void 0 ? "" : t.currency[0] + "", i = t.currency === void 0 ? "" : t.currency[1] + "", o = t.decimal === void 0 ? "." : t.decimal + "", l = t.numerals === void 0 ? h1 : Bp(d1.call(t.numerals, String)), s = t.percent === void 0 ? "%" : t.percent + "", r = t.minus === void 0 ? "−" : t.minus + "", a = t.nan === void 0 ? "NaN" : t.nan + "";
  function c(u) {
    u = xo(u);
    var h = u.fill, d = u.align, p = u.sign, m = u.symbol, v = u.zero, y = u.width, C = u.comma, N = u.precision, P = u.trim, M = u.type;
    M === "n" ? (C = !0, M = "g") : u1[M] || (N === void 0 && (N = 12), P = !0, M = "g"), (v || h === "0" && d === "=") && (v = !0, h = "0", d = "=");
    var O = m === "$" ? n : m === "#" && /[boxX]/.test(M) ? "0" + M.toLowerCase() : "", x = m === "$" ? i : /[%p]/.test(M) ? s : "", _ = u1[M], S = /[defgprs%]/.test(M);
    N = N === void 0 ? 6 : /[gprs]/.test(M) ? Math.max(1, Math.min(21, N)) : Math.max(0, Math.min(20, N));
    function $(A) {
      var j = O, U = x, be, ne, ee;
      if (M === "c")
        U = _(A) + U, A = "";
      else {
        A = +A;
        var G = A < 0 || 1 / A < 0;
        if (A = isNaN(A) ? a : _(Math.abs(A), N), P && (A = jp(A)), G && +A == 0 && p !== "+" && (G = !1), j = (G ? p === "(" ? p : r : p === "-" || p === "(" ? "" : p) + j, U = (M === "s" ? p1[8 + bu / 3] : "") + U + (G && p === "(" ? ")" : ""), S) {
          for (be = -1, ne = A.length; ++be < ne; )
            if (ee = A.charCodeAt(be), 48 > ee || ee > 57) {
              U = (ee === 46 ? o + A.slice(be + 1) : A.slice(be)) + U, A = A.slice(0, be);
              break;
            }
        }
      }
      C && !v && (A = e(A, 1 / 0));
      var X = j.length + A.length + U.length, ge = X < y ? new Array(y - X + 1).join(h) : "";
      switch (C && v && (A = e(ge + A, ge.length ? y - U.length : 1 / 0), ge = ""), d) {
        case "<":
          A = j + A + U + ge;
          break;
        case "=":
          A = j + ge + A + U;
          break;
        case "^":
          A = ge.slice(0, X = ge.length >> 1) + j + A + U + ge.slice(X);
          break;
        default:
          A = ge + j + A + U;
          break;
      }
      return l(A);
    }
    return $.toString = function() {
      return u + "";
    }, $;
  }
  function f(u, h) {
    var d = c((u = xo(u), u.type = "f", u)), p = Math.max(-8, Math.min(8, Math.floor(ri(h) / 3))) * 3, m = Math.pow(10, -p), v = p1[8 + p / 3];
    return function(y) {
      return d(m * y) + v;
    };
  }
  return {
    format: c,
    formatPrefix: f
  };
}
var ws, yu, ku;
qp({
  thousands: ",",
  grouping: [3],
  currency: ["$", ""]
});
function qp(t) {
  return ws = Gp(t), yu = ws.format, ku = ws.formatPrefix, ws;
}
function Up(t) {
  return Math.max(0, -ri(Math.abs(t)));
}
function Yp(t, e) {
  return Math.max(0, Math.max(-8, Math.min(8, Math.floor(ri(e) / 3))) * 3 - ri(Math.abs(t)));
}
function Kp(t, e) {
  return t = Math.abs(t), e = Math.abs(e) - t, Math.max(0, ri(e) - ri(t)) + 1;
}
function Xp(t, e, n, i) {
  var o = op(t, e, n), l;
  switch (i = xo(i ?? ",f"), i.type) {
    case "s": {
      var s = Math.max(Math.abs(t), Math.abs(e));
      return i.precision == null && !isNaN(l = Yp(o, s)) && (i.precision = l), ku(i, s);
    }
    case "":
    case "e":
    case "g":
    case "p":
    case "r": {
      i.precision == null && !isNaN(l = Kp(o, Math.max(Math.abs(t), Math.abs(e)))) && (i.precision = l - (i.type === "e"));
      break;
    }
    case "f":
    case "%": {
      i.precision == null && !isNaN(l = Up(o)) && (i.precision = l - (i.type === "%") * 2);
      break;
    }
  }
  return yu(i);
}
function Zp(t) {
  var e = t.domain;
  return t.ticks = function(n) {
    var i = e();
    return sp(i[0], i[i.length - 1], n ?? 10);
  }, t.tickFormat = function(n, i) {
    var o = e();
    return Xp(o[0], o[o.length - 1], n ?? 10, i);
  }, t.nice = function(n) {
    n == null && (n = 10);
    var i = e(), o = 0, l = i.length - 1, s = i[o], r = i[l], a, c, f = 10;
    for (r < s && (c = s, s = r, r = c, c = o, o = l, l = c); f-- > 0; ) {
      if (c = Ul(s, r, n), c === a)
        return i[o] = s, i[l] = r, e(i);
      if (c > 0)
        s = Math.floor(s / c) * c, r = Math.ceil(r / c) * c;
      else if (c < 0)
        s = Math.ceil(s * c) / c, r = Math.floor(r * c) / c;
      else
        break;
      a = c;
    }
    return t;
  }, t;
}
function wu() {
  var t = Ip();
  return t.copy = function() {
    return Vp(t, wu());
  }, lp.apply(t, arguments), Zp(t);
}
/*!
 * @kurkle/color v0.3.4
 * https://github.com/kurkle/color#readme
 * (c) 2024 Jukka Kurkela
 * Released under the MIT License
 */
function us(t) {
  return t + 0.5 | 0;
}
const cn = (t, e, n) => Math.max(Math.min(t, n), e);
function Ai(t) {
  return cn(us(t * 2.55), 0, 255);
}
function fn(t) {
  return cn(us(t * 255), 0, 255);
}
function Ut(t) {
  return cn(us(t / 2.55) / 100, 0, 1);
}
function g1(t) {
  return cn(us(t * 100), 0, 100);
}
const ot = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, a: 10, b: 11, c: 12, d: 13, e: 14, f: 15 }, Zl = [..."0123456789ABCDEF"], Qp = (t) => Zl[t & 15], Jp = (t) => Zl[(t & 240) >> 4] + Zl[t & 15], xs = (t) => (t & 240) >> 4 === (t & 15), eg = (t) => xs(t.r) && xs(t.g) && xs(t.b) && xs(t.a);
function tg(t) {
  var e = t.length, n;
  return t[0] === "#" && (e === 4 || e === 5 ? n = {
    r: 255 & ot[t[1]] * 17,
    g: 255 & ot[t[2]] * 17,
    b: 255 & ot[t[3]] * 17,
    a: e === 5 ? ot[t[4]] * 17 : 255
  } : (e === 7 || e === 9) && (n = {
    r: ot[t[1]] << 4 | ot[t[2]],
    g: ot[t[3]] << 4 | ot[t[4]],
    b: ot[t[5]] << 4 | ot[t[6]],
    a: e === 9 ? ot[t[7]] << 4 | ot[t[8]] : 255
  })), n;
}
const ng = (t, e) => t < 255 ? e(t) : "";
function ig(t) {
  var e = eg(t) ? Qp : Jp;
  return t ? "#" + e(t.r) + e(t.g) + e(t.b) + ng(t.a, e) : void 0;
}
const sg = /^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;
function xu(t, e, n) {
  const i = e * Math.min(n, 1 - n), o = (l, s = (l + t / 30) % 12) => n - i * Math.max(Math.min(s - 3, 9 - s, 1), -1);
  return [o(0), o(8), o(4)];
}
function og(t, e, n) {
  const i = (o, l = (o + t / 60) % 6) => n - n * e * Math.max(Math.min(l, 4 - l, 1), 0);
  return [i(5), i(3), i(1)];
}
function lg(t, e, n) {
  const i = xu(t, 1, 0.5);
  let o;
  for (e + n > 1 && (o = 1 / (e + n), e *= o, n *= o), o = 0; o < 3; o++)
    i[o] *= 1 - e - n, i[o] += e;
  return i;
}
function rg(t, e, n, i, o) {
  return t === o ? (e - n) / i + (e < n ? 6 : 0) : e === o ? (n - t) / i + 2 : (t - e) / i + 4;
}
function $r(t) {
  const n = t.r / 255, i = t.g / 255, o = t.b / 255, l = Math.max(n, i, o), s = Math.min(n, i, o), r = (l + s) / 2;
  let a, c, f;
  return l !== s && (f = l - s, c = r > 0.5 ? f / (2 - l - s) : f / (l + s), a = rg(n, i, o, f, l), a = a * 60 + 0.5), [a | 0, c || 0, r];
}
function zr(t, e, n, i) {
  return (Array.isArray(e) ? t(e[0], e[1], e[2]) : t(e, n, i)).map(fn);
}
function Br(t, e, n) {
  return zr(xu, t, e, n);
}
function ag(t, e, n) {
  return zr(lg, t, e, n);
}
function cg(t, e, n) {
  return zr(og, t, e, n);
}
function Mu(t) {
  return (t % 360 + 360) % 360;
}
function fg(t) {
  const e = sg.exec(t);
  let n = 255, i;
  if (!e)
    return;
  e[5] !== i && (n = e[6] ? Ai(+e[5]) : fn(+e[5]));
  const o = Mu(+e[2]), l = +e[3] / 100, s = +e[4] / 100;
  return e[1] === "hwb" ? i = ag(o, l, s) : e[1] === "hsv" ? i = cg(o, l, s) : i = Br(o, l, s), {
    r: i[0],
    g: i[1],
    b: i[2],
    a: n
  };
}
function ug(t, e) {
  var n = $r(t);
  n[0] = Mu(n[0] + e), n = Br(n), t.r = n[0], t.g = n[1], t.b = n[2];
}
function hg(t) {
  if (!t)
    return;
  const e = $r(t), n = e[0], i = g1(e[1]), o = g1(e[2]);
  return t.a < 255 ? `hsla(${n}, ${i}%, ${o}%, ${Ut(t.a)})` : `hsl(${n}, ${i}%, ${o}%)`;
}
const m1 = {
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
}, v1 = {
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
function dg() {
  const t = {}, e = Object.keys(v1), n = Object.keys(m1);
  let i, o, l, s, r;
  for (i = 0; i < e.length; i++) {
    for (s = r = e[i], o = 0; o < n.length; o++)
      l = n[o], r = r.replace(l, m1[l]);
    l = parseInt(v1[s], 16), t[r] = [l >> 16 & 255, l >> 8 & 255, l & 255];
  }
  return t;
}
let Ms;
function pg(t) {
  Ms || (Ms = dg(), Ms.transparent = [0, 0, 0, 0]);
  const e = Ms[t.toLowerCase()];
  return e && {
    r: e[0],
    g: e[1],
    b: e[2],
    a: e.length === 4 ? e[3] : 255
  };
}
const gg = /^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;
function mg(t) {
  const e = gg.exec(t);
  let n = 255, i, o, l;
  if (e) {
    if (e[7] !== i) {
      const s = +e[7];
      n = e[8] ? Ai(s) : cn(s * 255, 0, 255);
    }
    return i = +e[1], o = +e[3], l = +e[5], i = 255 & (e[2] ? Ai(i) : cn(i, 0, 255)), o = 255 & (e[4] ? Ai(o) : cn(o, 0, 255)), l = 255 & (e[6] ? Ai(l) : cn(l, 0, 255)), {
      r: i,
      g: o,
      b: l,
      a: n
    };
  }
}
function vg(t) {
  return t && (t.a < 255 ? `rgba(${t.r}, ${t.g}, ${t.b}, ${Ut(t.a)})` : `rgb(${t.r}, ${t.g}, ${t.b})`);
}
const fl = (t) => t <= 31308e-7 ? t * 12.92 : Math.pow(t, 1 / 2.4) * 1.055 - 0.055, Kn = (t) => t <= 0.04045 ? t / 12.92 : Math.pow((t + 0.055) / 1.055, 2.4);
function bg(t, e, n) {
  const i = Kn(Ut(t.r)), o = Kn(Ut(t.g)), l = Kn(Ut(t.b));
  return {
    r: fn(fl(i + n * (Kn(Ut(e.r)) - i))),
    g: fn(fl(o + n * (Kn(Ut(e.g)) - o))),
    b: fn(fl(l + n * (Kn(Ut(e.b)) - l))),
    a: t.a + n * (e.a - t.a)
  };
}
function Ds(t, e, n) {
  if (t) {
    let i = $r(t);
    i[e] = Math.max(0, Math.min(i[e] + i[e] * n, e === 0 ? 360 : 1)), i = Br(i), t.r = i[0], t.g = i[1], t.b = i[2];
  }
}
function Du(t, e) {
  return t && Object.assign(e || {}, t);
}
function b1(t) {
  var e = { r: 0, g: 0, b: 0, a: 255 };
  return Array.isArray(t) ? t.length >= 3 && (e = { r: t[0], g: t[1], b: t[2], a: 255 }, t.length > 3 && (e.a = fn(t[3]))) : (e = Du(t, { r: 0, g: 0, b: 0, a: 1 }), e.a = fn(e.a)), e;
}
function yg(t) {
  return t.charAt(0) === "r" ? mg(t) : fg(t);
}
let Eu = class Ql {
  constructor(e) {
    if (e instanceof Ql)
      return e;
    const n = typeof e;
    let i;
    n === "object" ? i = b1(e) : n === "string" && (i = tg(e) || pg(e) || yg(e)), this._rgb = i, this._valid = !!i;
  }
  get valid() {
    return this._valid;
  }
  get rgb() {
    var e = Du(this._rgb);
    return e && (e.a = Ut(e.a)), e;
  }
  set rgb(e) {
    this._rgb = b1(e);
  }
  rgbString() {
    return this._valid ? vg(this._rgb) : void 0;
  }
  hexString() {
    return this._valid ? ig(this._rgb) : void 0;
  }
  hslString() {
    return this._valid ? hg(this._rgb) : void 0;
  }
  mix(e, n) {
    if (e) {
      const i = this.rgb, o = e.rgb;
      let l;
      const s = n === l ? 0.5 : n, r = 2 * s - 1, a = i.a - o.a, c = ((r * a === -1 ? r : (r + a) / (1 + r * a)) + 1) / 2;
      l = 1 - c, i.r = 255 & c * i.r + l * o.r + 0.5, i.g = 255 & c * i.g + l * o.g + 0.5, i.b = 255 & c * i.b + l * o.b + 0.5, i.a = s * i.a + (1 - s) * o.a, this.rgb = i;
    }
    return this;
  }
  interpolate(e, n) {
    return e && (this._rgb = bg(this._rgb, e._rgb, n)), this;
  }
  clone() {
    return new Ql(this.rgb);
  }
  alpha(e) {
    return this._rgb.a = fn(e), this;
  }
  clearer(e) {
    const n = this._rgb;
    return n.a *= 1 - e, this;
  }
  greyscale() {
    const e = this._rgb, n = us(e.r * 0.3 + e.g * 0.59 + e.b * 0.11);
    return e.r = e.g = e.b = n, this;
  }
  opaquer(e) {
    const n = this._rgb;
    return n.a *= 1 + e, this;
  }
  negate() {
    const e = this._rgb;
    return e.r = 255 - e.r, e.g = 255 - e.g, e.b = 255 - e.b, this;
  }
  lighten(e) {
    return Ds(this._rgb, 2, e), this;
  }
  darken(e) {
    return Ds(this._rgb, 2, -e), this;
  }
  saturate(e) {
    return Ds(this._rgb, 1, e), this;
  }
  desaturate(e) {
    return Ds(this._rgb, 1, -e), this;
  }
  rotate(e) {
    return ug(this._rgb, e), this;
  }
};
/*!
 * Chart.js v4.4.7
 * https://www.chartjs.org
 * (c) 2024 Chart.js Contributors
 * Released under the MIT License
 */
function Ht() {
}
const kg = /* @__PURE__ */ (() => {
  let t = 0;
  return () => t++;
})();
function Me(t) {
  return t == null;
}
function Ae(t) {
  if (Array.isArray && Array.isArray(t))
    return !0;
  const e = Object.prototype.toString.call(t);
  return e.slice(0, 7) === "[object" && e.slice(-6) === "Array]";
}
function ce(t) {
  return t !== null && Object.prototype.toString.call(t) === "[object Object]";
}
function Ie(t) {
  return (typeof t == "number" || t instanceof Number) && isFinite(+t);
}
function Dt(t, e) {
  return Ie(t) ? t : e;
}
function pe(t, e) {
  return typeof t > "u" ? e : t;
}
const wg = (t, e) => typeof t == "string" && t.endsWith("%") ? parseFloat(t) / 100 * e : +t;
function xe(t, e, n) {
  if (t && typeof t.call == "function")
    return t.apply(n, e);
}
function he(t, e, n, i) {
  let o, l, s;
  if (Ae(t))
    for (l = t.length, o = 0; o < l; o++)
      e.call(n, t[o], o);
  else if (ce(t))
    for (s = Object.keys(t), l = s.length, o = 0; o < l; o++)
      e.call(n, t[s[o]], s[o]);
}
function Mo(t, e) {
  let n, i, o, l;
  if (!t || !e || t.length !== e.length)
    return !1;
  for (n = 0, i = t.length; n < i; ++n)
    if (o = t[n], l = e[n], o.datasetIndex !== l.datasetIndex || o.index !== l.index)
      return !1;
  return !0;
}
function Do(t) {
  if (Ae(t))
    return t.map(Do);
  if (ce(t)) {
    const e = /* @__PURE__ */ Object.create(null), n = Object.keys(t), i = n.length;
    let o = 0;
    for (; o < i; ++o)
      e[n[o]] = Do(t[n[o]]);
    return e;
  }
  return t;
}
function _u(t) {
  return [
    "__proto__",
    "prototype",
    "constructor"
  ].indexOf(t) === -1;
}
function xg(t, e, n, i) {
  if (!_u(t))
    return;
  const o = e[t], l = n[t];
  ce(o) && ce(l) ? es(o, l, i) : e[t] = Do(l);
}
function es(t, e, n) {
  const i = Ae(e) ? e : [
    e
  ], o = i.length;
  if (!ce(t))
    return t;
  n = n || {};
  const l = n.merger || xg;
  let s;
  for (let r = 0; r < o; ++r) {
    if (s = i[r], !ce(s))
      continue;
    const a = Object.keys(s);
    for (let c = 0, f = a.length; c < f; ++c)
      l(a[c], t, s, n);
  }
  return t;
}
function Hi(t, e) {
  return es(t, e, {
    merger: Mg
  });
}
function Mg(t, e, n) {
  if (!_u(t))
    return;
  const i = e[t], o = n[t];
  ce(i) && ce(o) ? Hi(i, o) : Object.prototype.hasOwnProperty.call(e, t) || (e[t] = Do(o));
}
const y1 = {
  // Chart.helpers.core resolveObjectKey should resolve empty key to root object
  "": (t) => t,
  // default resolvers
  x: (t) => t.x,
  y: (t) => t.y
};
function Dg(t) {
  const e = t.split("."), n = [];
  let i = "";
  for (const o of e)
    i += o, i.endsWith("\\") ? i = i.slice(0, -1) + "." : (n.push(i), i = "");
  return n;
}
function Eg(t) {
  const e = Dg(t);
  return (n) => {
    for (const i of e) {
      if (i === "")
        break;
      n = n && n[i];
    }
    return n;
  };
}
function Eo(t, e) {
  return (y1[e] || (y1[e] = Eg(e)))(t);
}
function Hr(t) {
  return t.charAt(0).toUpperCase() + t.slice(1);
}
const _o = (t) => typeof t < "u", dn = (t) => typeof t == "function", k1 = (t, e) => {
  if (t.size !== e.size)
    return !1;
  for (const n of t)
    if (!e.has(n))
      return !1;
  return !0;
};
function _g(t) {
  return t.type === "mouseup" || t.type === "click" || t.type === "contextmenu";
}
const Le = Math.PI, Vt = 2 * Le, Cg = Vt + Le, Co = Number.POSITIVE_INFINITY, Ng = Le / 180, mt = Le / 2, wn = Le / 4, w1 = Le * 2 / 3, Cu = Math.log10, ai = Math.sign;
function ji(t, e, n) {
  return Math.abs(t - e) < n;
}
function x1(t) {
  const e = Math.round(t);
  t = ji(t, e, t / 1e3) ? e : t;
  const n = Math.pow(10, Math.floor(Cu(t))), i = t / n;
  return (i <= 1 ? 1 : i <= 2 ? 2 : i <= 5 ? 5 : 10) * n;
}
function Og(t) {
  const e = [], n = Math.sqrt(t);
  let i;
  for (i = 1; i < n; i++)
    t % i === 0 && (e.push(i), e.push(t / i));
  return n === (n | 0) && e.push(n), e.sort((o, l) => o - l).pop(), e;
}
function No(t) {
  return !isNaN(parseFloat(t)) && isFinite(t);
}
function Sg(t, e) {
  const n = Math.round(t);
  return n - e <= t && n + e >= t;
}
function Rg(t, e, n) {
  let i, o, l;
  for (i = 0, o = t.length; i < o; i++)
    l = t[i][n], isNaN(l) || (e.min = Math.min(e.min, l), e.max = Math.max(e.max, l));
}
function On(t) {
  return t * (Le / 180);
}
function Fg(t) {
  return t * (180 / Le);
}
function M1(t) {
  if (!Ie(t))
    return;
  let e = 1, n = 0;
  for (; Math.round(t * e) / e !== t; )
    e *= 10, n++;
  return n;
}
function Ag(t, e) {
  const n = e.x - t.x, i = e.y - t.y, o = Math.sqrt(n * n + i * i);
  let l = Math.atan2(i, n);
  return l < -0.5 * Le && (l += Vt), {
    angle: l,
    distance: o
  };
}
function Jl(t, e) {
  return Math.sqrt(Math.pow(e.x - t.x, 2) + Math.pow(e.y - t.y, 2));
}
function Pg(t, e) {
  return (t - e + Cg) % Vt - Le;
}
function Nt(t) {
  return (t % Vt + Vt) % Vt;
}
function Nu(t, e, n, i) {
  const o = Nt(t), l = Nt(e), s = Nt(n), r = Nt(l - o), a = Nt(s - o), c = Nt(o - l), f = Nt(o - s);
  return o === l || o === s || i && l === s || r > a && c < f;
}
function At(t, e, n) {
  return Math.max(e, Math.min(n, t));
}
function Tg(t) {
  return At(t, -32768, 32767);
}
function Ou(t, e, n, i = 1e-6) {
  return t >= Math.min(e, n) - i && t <= Math.max(e, n) + i;
}
function jr(t, e, n) {
  n = n || ((s) => t[s] < e);
  let i = t.length - 1, o = 0, l;
  for (; i - o > 1; )
    l = o + i >> 1, n(l) ? o = l : i = l;
  return {
    lo: o,
    hi: i
  };
}
const er = (t, e, n, i) => jr(t, n, i ? (o) => {
  const l = t[o][e];
  return l < n || l === n && t[o + 1][e] === n;
} : (o) => t[o][e] < n), Vg = (t, e, n) => jr(t, n, (i) => t[i][e] >= n);
function Lg(t, e, n) {
  let i = 0, o = t.length;
  for (; i < o && t[i] < e; )
    i++;
  for (; o > i && t[o - 1] > n; )
    o--;
  return i > 0 || o < t.length ? t.slice(i, o) : t;
}
const Su = [
  "push",
  "pop",
  "shift",
  "splice",
  "unshift"
];
function Ig(t, e) {
  if (t._chartjs) {
    t._chartjs.listeners.push(e);
    return;
  }
  Object.defineProperty(t, "_chartjs", {
    configurable: !0,
    enumerable: !1,
    value: {
      listeners: [
        e
      ]
    }
  }), Su.forEach((n) => {
    const i = "_onData" + Hr(n), o = t[n];
    Object.defineProperty(t, n, {
      configurable: !0,
      enumerable: !1,
      value(...l) {
        const s = o.apply(this, l);
        return t._chartjs.listeners.forEach((r) => {
          typeof r[i] == "function" && r[i](...l);
        }), s;
      }
    });
  });
}
function D1(t, e) {
  const n = t._chartjs;
  if (!n)
    return;
  const i = n.listeners, o = i.indexOf(e);
  o !== -1 && i.splice(o, 1), !(i.length > 0) && (Su.forEach((l) => {
    delete t[l];
  }), delete t._chartjs);
}
function $g(t) {
  const e = new Set(t);
  return e.size === t.length ? t : Array.from(e);
}
const Ru = function() {
  return typeof window > "u" ? function(t) {
    return t();
  } : window.requestAnimationFrame;
}();
function Fu(t, e) {
  let n = [], i = !1;
  return function(...o) {
    n = o, i || (i = !0, Ru.call(window, () => {
      i = !1, t.apply(e, n);
    }));
  };
}
function zg(t, e) {
  let n;
  return function(...i) {
    return e ? (clearTimeout(n), n = setTimeout(t, e, i)) : t.apply(this, i), e;
  };
}
const Bg = (t) => t === "start" ? "left" : t === "end" ? "right" : "center", E1 = (t, e, n) => t === "start" ? e : t === "end" ? n : (e + n) / 2, Es = (t) => t === 0 || t === 1, _1 = (t, e, n) => -(Math.pow(2, 10 * (t -= 1)) * Math.sin((t - e) * Vt / n)), C1 = (t, e, n) => Math.pow(2, -10 * t) * Math.sin((t - e) * Vt / n) + 1, Wi = {
  linear: (t) => t,
  easeInQuad: (t) => t * t,
  easeOutQuad: (t) => -t * (t - 2),
  easeInOutQuad: (t) => (t /= 0.5) < 1 ? 0.5 * t * t : -0.5 * (--t * (t - 2) - 1),
  easeInCubic: (t) => t * t * t,
  easeOutCubic: (t) => (t -= 1) * t * t + 1,
  easeInOutCubic: (t) => (t /= 0.5) < 1 ? 0.5 * t * t * t : 0.5 * ((t -= 2) * t * t + 2),
  easeInQuart: (t) => t * t * t * t,
  easeOutQuart: (t) => -((t -= 1) * t * t * t - 1),
  easeInOutQuart: (t) => (t /= 0.5) < 1 ? 0.5 * t * t * t * t : -0.5 * ((t -= 2) * t * t * t - 2),
  easeInQuint: (t) => t * t * t * t * t,
  easeOutQuint: (t) => (t -= 1) * t * t * t * t + 1,
  easeInOutQuint: (t) => (t /= 0.5) < 1 ? 0.5 * t * t * t * t * t : 0.5 * ((t -= 2) * t * t * t * t + 2),
  easeInSine: (t) => -Math.cos(t * mt) + 1,
  easeOutSine: (t) => Math.sin(t * mt),
  easeInOutSine: (t) => -0.5 * (Math.cos(Le * t) - 1),
  easeInExpo: (t) => t === 0 ? 0 : Math.pow(2, 10 * (t - 1)),
  easeOutExpo: (t) => t === 1 ? 1 : -Math.pow(2, -10 * t) + 1,
  easeInOutExpo: (t) => Es(t) ? t : t < 0.5 ? 0.5 * Math.pow(2, 10 * (t * 2 - 1)) : 0.5 * (-Math.pow(2, -10 * (t * 2 - 1)) + 2),
  easeInCirc: (t) => t >= 1 ? t : -(Math.sqrt(1 - t * t) - 1),
  easeOutCirc: (t) => Math.sqrt(1 - (t -= 1) * t),
  easeInOutCirc: (t) => (t /= 0.5) < 1 ? -0.5 * (Math.sqrt(1 - t * t) - 1) : 0.5 * (Math.sqrt(1 - (t -= 2) * t) + 1),
  easeInElastic: (t) => Es(t) ? t : _1(t, 0.075, 0.3),
  easeOutElastic: (t) => Es(t) ? t : C1(t, 0.075, 0.3),
  easeInOutElastic(t) {
    return Es(t) ? t : t < 0.5 ? 0.5 * _1(t * 2, 0.1125, 0.45) : 0.5 + 0.5 * C1(t * 2 - 1, 0.1125, 0.45);
  },
  easeInBack(t) {
    return t * t * ((1.70158 + 1) * t - 1.70158);
  },
  easeOutBack(t) {
    return (t -= 1) * t * ((1.70158 + 1) * t + 1.70158) + 1;
  },
  easeInOutBack(t) {
    let e = 1.70158;
    return (t /= 0.5) < 1 ? 0.5 * (t * t * (((e *= 1.525) + 1) * t - e)) : 0.5 * ((t -= 2) * t * (((e *= 1.525) + 1) * t + e) + 2);
  },
  easeInBounce: (t) => 1 - Wi.easeOutBounce(1 - t),
  easeOutBounce(t) {
    return t < 1 / 2.75 ? 7.5625 * t * t : t < 2 / 2.75 ? 7.5625 * (t -= 1.5 / 2.75) * t + 0.75 : t < 2.5 / 2.75 ? 7.5625 * (t -= 2.25 / 2.75) * t + 0.9375 : 7.5625 * (t -= 2.625 / 2.75) * t + 0.984375;
  },
  easeInOutBounce: (t) => t < 0.5 ? Wi.easeInBounce(t * 2) * 0.5 : Wi.easeOutBounce(t * 2 - 1) * 0.5 + 0.5
};
function Wr(t) {
  if (t && typeof t == "object") {
    const e = t.toString();
    return e === "[object CanvasPattern]" || e === "[object CanvasGradient]";
  }
  return !1;
}
function N1(t) {
  return Wr(t) ? t : new Eu(t);
}
function ul(t) {
  return Wr(t) ? t : new Eu(t).saturate(0.5).darken(0.1).hexString();
}
const Hg = [
  "x",
  "y",
  "borderWidth",
  "radius",
  "tension"
], jg = [
  "color",
  "borderColor",
  "backgroundColor"
];
function Wg(t) {
  t.set("animation", {
    delay: void 0,
    duration: 1e3,
    easing: "easeOutQuart",
    fn: void 0,
    from: void 0,
    loop: void 0,
    to: void 0,
    type: void 0
  }), t.describe("animation", {
    _fallback: !1,
    _indexable: !1,
    _scriptable: (e) => e !== "onProgress" && e !== "onComplete" && e !== "fn"
  }), t.set("animations", {
    colors: {
      type: "color",
      properties: jg
    },
    numbers: {
      type: "number",
      properties: Hg
    }
  }), t.describe("animations", {
    _fallback: "animation"
  }), t.set("transitions", {
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
          fn: (e) => e | 0
        }
      }
    }
  });
}
function Gg(t) {
  t.set("layout", {
    autoPadding: !0,
    padding: {
      top: 0,
      right: 0,
      bottom: 0,
      left: 0
    }
  });
}
const O1 = /* @__PURE__ */ new Map();
function qg(t, e) {
  e = e || {};
  const n = t + JSON.stringify(e);
  let i = O1.get(n);
  return i || (i = new Intl.NumberFormat(t, e), O1.set(n, i)), i;
}
function Au(t, e, n) {
  return qg(e, n).format(t);
}
const Ug = {
  values(t) {
    return Ae(t) ? t : "" + t;
  },
  numeric(t, e, n) {
    if (t === 0)
      return "0";
    const i = this.chart.options.locale;
    let o, l = t;
    if (n.length > 1) {
      const c = Math.max(Math.abs(n[0].value), Math.abs(n[n.length - 1].value));
      (c < 1e-4 || c > 1e15) && (o = "scientific"), l = Yg(t, n);
    }
    const s = Cu(Math.abs(l)), r = isNaN(s) ? 1 : Math.max(Math.min(-1 * Math.floor(s), 20), 0), a = {
      notation: o,
      minimumFractionDigits: r,
      maximumFractionDigits: r
    };
    return Object.assign(a, this.options.ticks.format), Au(t, i, a);
  }
};
function Yg(t, e) {
  let n = e.length > 3 ? e[2].value - e[1].value : e[1].value - e[0].value;
  return Math.abs(n) >= 1 && t !== Math.floor(t) && (n = t - Math.floor(t)), n;
}
var Pu = {
  formatters: Ug
};
function Kg(t) {
  t.set("scale", {
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
      tickWidth: (e, n) => n.lineWidth,
      tickColor: (e, n) => n.color,
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
      callback: Pu.formatters.values,
      minor: {},
      major: {},
      align: "center",
      crossAlign: "near",
      showLabelBackdrop: !1,
      backdropColor: "rgba(255, 255, 255, 0.75)",
      backdropPadding: 2
    }
  }), t.route("scale.ticks", "color", "", "color"), t.route("scale.grid", "color", "", "borderColor"), t.route("scale.border", "color", "", "borderColor"), t.route("scale.title", "color", "", "color"), t.describe("scale", {
    _fallback: !1,
    _scriptable: (e) => !e.startsWith("before") && !e.startsWith("after") && e !== "callback" && e !== "parser",
    _indexable: (e) => e !== "borderDash" && e !== "tickBorderDash" && e !== "dash"
  }), t.describe("scales", {
    _fallback: "scale"
  }), t.describe("scale.ticks", {
    _scriptable: (e) => e !== "backdropPadding" && e !== "callback",
    _indexable: (e) => e !== "backdropPadding"
  });
}
const Hn = /* @__PURE__ */ Object.create(null), tr = /* @__PURE__ */ Object.create(null);
function Gi(t, e) {
  if (!e)
    return t;
  const n = e.split(".");
  for (let i = 0, o = n.length; i < o; ++i) {
    const l = n[i];
    t = t[l] || (t[l] = /* @__PURE__ */ Object.create(null));
  }
  return t;
}
function hl(t, e, n) {
  return typeof e == "string" ? es(Gi(t, e), n) : es(Gi(t, ""), e);
}
class Xg {
  constructor(e, n) {
    this.animation = void 0, this.backgroundColor = "rgba(0,0,0,0.1)", this.borderColor = "rgba(0,0,0,0.1)", this.color = "#666", this.datasets = {}, this.devicePixelRatio = (i) => i.chart.platform.getDevicePixelRatio(), this.elements = {}, this.events = [
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
    }, this.hover = {}, this.hoverBackgroundColor = (i, o) => ul(o.backgroundColor), this.hoverBorderColor = (i, o) => ul(o.borderColor), this.hoverColor = (i, o) => ul(o.color), this.indexAxis = "x", this.interaction = {
      mode: "nearest",
      intersect: !0,
      includeInvisible: !1
    }, this.maintainAspectRatio = !0, this.onHover = null, this.onClick = null, this.parsing = !0, this.plugins = {}, this.responsive = !0, this.scale = void 0, this.scales = {}, this.showLine = !0, this.drawActiveElementsOnTop = !0, this.describe(e), this.apply(n);
  }
  set(e, n) {
    return hl(this, e, n);
  }
  get(e) {
    return Gi(this, e);
  }
  describe(e, n) {
    return hl(tr, e, n);
  }
  override(e, n) {
    return hl(Hn, e, n);
  }
  route(e, n, i, o) {
    const l = Gi(this, e), s = Gi(this, i), r = "_" + n;
    Object.defineProperties(l, {
      [r]: {
        value: l[n],
        writable: !0
      },
      [n]: {
        enumerable: !0,
        get() {
          const a = this[r], c = s[o];
          return ce(a) ? Object.assign({}, c, a) : pe(a, c);
        },
        set(a) {
          this[r] = a;
        }
      }
    });
  }
  apply(e) {
    e.forEach((n) => n(this));
  }
}
var _e = /* @__PURE__ */ new Xg({
  _scriptable: (t) => !t.startsWith("on"),
  _indexable: (t) => t !== "events",
  hover: {
    _fallback: "interaction"
  },
  interaction: {
    _scriptable: !1,
    _indexable: !1
  }
}, [
  Wg,
  Gg,
  Kg
]);
function Zg(t) {
  return !t || Me(t.size) || Me(t.family) ? null : (t.style ? t.style + " " : "") + (t.weight ? t.weight + " " : "") + t.size + "px " + t.family;
}
function S1(t, e, n, i, o) {
  let l = e[o];
  return l || (l = e[o] = t.measureText(o).width, n.push(o)), l > i && (i = l), i;
}
function xn(t, e, n) {
  const i = t.currentDevicePixelRatio, o = n !== 0 ? Math.max(n / 2, 0.5) : 0;
  return Math.round((e - o) * i) / i + o;
}
function R1(t, e) {
  !e && !t || (e = e || t.getContext("2d"), e.save(), e.resetTransform(), e.clearRect(0, 0, t.width, t.height), e.restore());
}
function nr(t, e, n, i) {
  Qg(t, e, n, i);
}
function Qg(t, e, n, i, o) {
  let l, s, r, a, c, f, u, h;
  const d = e.pointStyle, p = e.rotation, m = e.radius;
  let v = (p || 0) * Ng;
  if (d && typeof d == "object" && (l = d.toString(), l === "[object HTMLImageElement]" || l === "[object HTMLCanvasElement]")) {
    t.save(), t.translate(n, i), t.rotate(v), t.drawImage(d, -d.width / 2, -d.height / 2, d.width, d.height), t.restore();
    return;
  }
  if (!(isNaN(m) || m <= 0)) {
    switch (t.beginPath(), d) {
      // Default includes circle
      default:
        t.arc(n, i, m, 0, Vt), t.closePath();
        break;
      case "triangle":
        f = m, t.moveTo(n + Math.sin(v) * f, i - Math.cos(v) * m), v += w1, t.lineTo(n + Math.sin(v) * f, i - Math.cos(v) * m), v += w1, t.lineTo(n + Math.sin(v) * f, i - Math.cos(v) * m), t.closePath();
        break;
      case "rectRounded":
        c = m * 0.516, a = m - c, s = Math.cos(v + wn) * a, u = Math.cos(v + wn) * a, r = Math.sin(v + wn) * a, h = Math.sin(v + wn) * a, t.arc(n - u, i - r, c, v - Le, v - mt), t.arc(n + h, i - s, c, v - mt, v), t.arc(n + u, i + r, c, v, v + mt), t.arc(n - h, i + s, c, v + mt, v + Le), t.closePath();
        break;
      case "rect":
        if (!p) {
          a = Math.SQRT1_2 * m, f = a, t.rect(n - f, i - a, 2 * f, 2 * a);
          break;
        }
        v += wn;
      /* falls through */
      case "rectRot":
        u = Math.cos(v) * m, s = Math.cos(v) * m, r = Math.sin(v) * m, h = Math.sin(v) * m, t.moveTo(n - u, i - r), t.lineTo(n + h, i - s), t.lineTo(n + u, i + r), t.lineTo(n - h, i + s), t.closePath();
        break;
      case "crossRot":
        v += wn;
      /* falls through */
      case "cross":
        u = Math.cos(v) * m, s = Math.cos(v) * m, r = Math.sin(v) * m, h = Math.sin(v) * m, t.moveTo(n - u, i - r), t.lineTo(n + u, i + r), t.moveTo(n + h, i - s), t.lineTo(n - h, i + s);
        break;
      case "star":
        u = Math.cos(v) * m, s = Math.cos(v) * m, r = Math.sin(v) * m, h = Math.sin(v) * m, t.moveTo(n - u, i - r), t.lineTo(n + u, i + r), t.moveTo(n + h, i - s), t.lineTo(n - h, i + s), v += wn, u = Math.cos(v) * m, s = Math.cos(v) * m, r = Math.sin(v) * m, h = Math.sin(v) * m, t.moveTo(n - u, i - r), t.lineTo(n + u, i + r), t.moveTo(n + h, i - s), t.lineTo(n - h, i + s);
        break;
      case "line":
        s = Math.cos(v) * m, r = Math.sin(v) * m, t.moveTo(n - s, i - r), t.lineTo(n + s, i + r);
        break;
      case "dash":
        t.moveTo(n, i), t.lineTo(n + Math.cos(v) * m, i + Math.sin(v) * m);
        break;
      case !1:
        t.closePath();
        break;
    }
    t.fill(), e.borderWidth > 0 && t.stroke();
  }
}
function ts(t, e, n) {
  return n = n || 0.5, !e || t && t.x > e.left - n && t.x < e.right + n && t.y > e.top - n && t.y < e.bottom + n;
}
function Gr(t, e) {
  t.save(), t.beginPath(), t.rect(e.left, e.top, e.right - e.left, e.bottom - e.top), t.clip();
}
function qr(t) {
  t.restore();
}
function Jg(t, e, n, i, o) {
  if (!e)
    return t.lineTo(n.x, n.y);
  if (o === "middle") {
    const l = (e.x + n.x) / 2;
    t.lineTo(l, e.y), t.lineTo(l, n.y);
  } else o === "after" != !!i ? t.lineTo(e.x, n.y) : t.lineTo(n.x, e.y);
  t.lineTo(n.x, n.y);
}
function e0(t, e, n, i) {
  if (!e)
    return t.lineTo(n.x, n.y);
  t.bezierCurveTo(i ? e.cp1x : e.cp2x, i ? e.cp1y : e.cp2y, i ? n.cp2x : n.cp1x, i ? n.cp2y : n.cp1y, n.x, n.y);
}
function t0(t, e) {
  e.translation && t.translate(e.translation[0], e.translation[1]), Me(e.rotation) || t.rotate(e.rotation), e.color && (t.fillStyle = e.color), e.textAlign && (t.textAlign = e.textAlign), e.textBaseline && (t.textBaseline = e.textBaseline);
}
function n0(t, e, n, i, o) {
  if (o.strikethrough || o.underline) {
    const l = t.measureText(i), s = e - l.actualBoundingBoxLeft, r = e + l.actualBoundingBoxRight, a = n - l.actualBoundingBoxAscent, c = n + l.actualBoundingBoxDescent, f = o.strikethrough ? (a + c) / 2 : c;
    t.strokeStyle = t.fillStyle, t.beginPath(), t.lineWidth = o.decorationWidth || 2, t.moveTo(s, f), t.lineTo(r, f), t.stroke();
  }
}
function i0(t, e) {
  const n = t.fillStyle;
  t.fillStyle = e.color, t.fillRect(e.left, e.top, e.width, e.height), t.fillStyle = n;
}
function F1(t, e, n, i, o, l = {}) {
  const s = Ae(e) ? e : [
    e
  ], r = l.strokeWidth > 0 && l.strokeColor !== "";
  let a, c;
  for (t.save(), t.font = o.string, t0(t, l), a = 0; a < s.length; ++a)
    c = s[a], l.backdrop && i0(t, l.backdrop), r && (l.strokeColor && (t.strokeStyle = l.strokeColor), Me(l.strokeWidth) || (t.lineWidth = l.strokeWidth), t.strokeText(c, n, i, l.maxWidth)), t.fillText(c, n, i, l.maxWidth), n0(t, n, i, c, l), i += Number(o.lineHeight);
  t.restore();
}
function A1(t, e) {
  const { x: n, y: i, w: o, h: l, radius: s } = e;
  t.arc(n + s.topLeft, i + s.topLeft, s.topLeft, 1.5 * Le, Le, !0), t.lineTo(n, i + l - s.bottomLeft), t.arc(n + s.bottomLeft, i + l - s.bottomLeft, s.bottomLeft, Le, mt, !0), t.lineTo(n + o - s.bottomRight, i + l), t.arc(n + o - s.bottomRight, i + l - s.bottomRight, s.bottomRight, mt, 0, !0), t.lineTo(n + o, i + s.topRight), t.arc(n + o - s.topRight, i + s.topRight, s.topRight, 0, -mt, !0), t.lineTo(n + s.topLeft, i);
}
const s0 = /^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/, o0 = /^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;
function l0(t, e) {
  const n = ("" + t).match(s0);
  if (!n || n[1] === "normal")
    return e * 1.2;
  switch (t = +n[2], n[3]) {
    case "px":
      return t;
    case "%":
      t /= 100;
      break;
  }
  return e * t;
}
const r0 = (t) => +t || 0;
function Tu(t, e) {
  const n = {}, i = ce(e), o = i ? Object.keys(e) : e, l = ce(t) ? i ? (s) => pe(t[s], t[e[s]]) : (s) => t[s] : () => t;
  for (const s of o)
    n[s] = r0(l(s));
  return n;
}
function a0(t) {
  return Tu(t, {
    top: "y",
    right: "x",
    bottom: "y",
    left: "x"
  });
}
function Js(t) {
  return Tu(t, [
    "topLeft",
    "topRight",
    "bottomLeft",
    "bottomRight"
  ]);
}
function pn(t) {
  const e = a0(t);
  return e.width = e.left + e.right, e.height = e.top + e.bottom, e;
}
function Pt(t, e) {
  t = t || {}, e = e || _e.font;
  let n = pe(t.size, e.size);
  typeof n == "string" && (n = parseInt(n, 10));
  let i = pe(t.style, e.style);
  i && !("" + i).match(o0) && (console.warn('Invalid font style specified: "' + i + '"'), i = void 0);
  const o = {
    family: pe(t.family, e.family),
    lineHeight: l0(pe(t.lineHeight, e.lineHeight), n),
    size: n,
    style: i,
    weight: pe(t.weight, e.weight),
    string: ""
  };
  return o.string = Zg(o), o;
}
function _s(t, e, n, i) {
  let o, l, s;
  for (o = 0, l = t.length; o < l; ++o)
    if (s = t[o], s !== void 0 && s !== void 0)
      return s;
}
function c0(t, e, n) {
  const { min: i, max: o } = t, l = wg(e, (o - i) / 2), s = (r, a) => n && r === 0 ? 0 : r + a;
  return {
    min: s(i, -Math.abs(l)),
    max: s(o, l)
  };
}
function jn(t, e) {
  return Object.assign(Object.create(t), e);
}
function Ur(t, e = [
  ""
], n, i, o = () => t[0]) {
  const l = n || t;
  typeof i > "u" && (i = $u("_fallback", t));
  const s = {
    [Symbol.toStringTag]: "Object",
    _cacheable: !0,
    _scopes: t,
    _rootScopes: l,
    _fallback: i,
    _getTarget: o,
    override: (r) => Ur([
      r,
      ...t
    ], e, l, i)
  };
  return new Proxy(s, {
    /**
    * A trap for the delete operator.
    */
    deleteProperty(r, a) {
      return delete r[a], delete r._keys, delete t[0][a], !0;
    },
    /**
    * A trap for getting property values.
    */
    get(r, a) {
      return Lu(r, a, () => v0(a, e, t, r));
    },
    /**
    * A trap for Object.getOwnPropertyDescriptor.
    * Also used by Object.hasOwnProperty.
    */
    getOwnPropertyDescriptor(r, a) {
      return Reflect.getOwnPropertyDescriptor(r._scopes[0], a);
    },
    /**
    * A trap for Object.getPrototypeOf.
    */
    getPrototypeOf() {
      return Reflect.getPrototypeOf(t[0]);
    },
    /**
    * A trap for the in operator.
    */
    has(r, a) {
      return T1(r).includes(a);
    },
    /**
    * A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
    */
    ownKeys(r) {
      return T1(r);
    },
    /**
    * A trap for setting property values.
    */
    set(r, a, c) {
      const f = r._storage || (r._storage = o());
      return r[a] = f[a] = c, delete r._keys, !0;
    }
  });
}
function ci(t, e, n, i) {
  const o = {
    _cacheable: !1,
    _proxy: t,
    _context: e,
    _subProxy: n,
    _stack: /* @__PURE__ */ new Set(),
    _descriptors: Vu(t, i),
    setContext: (l) => ci(t, l, n, i),
    override: (l) => ci(t.override(l), e, n, i)
  };
  return new Proxy(o, {
    /**
    * A trap for the delete operator.
    */
    deleteProperty(l, s) {
      return delete l[s], delete t[s], !0;
    },
    /**
    * A trap for getting property values.
    */
    get(l, s, r) {
      return Lu(l, s, () => u0(l, s, r));
    },
    /**
    * A trap for Object.getOwnPropertyDescriptor.
    * Also used by Object.hasOwnProperty.
    */
    getOwnPropertyDescriptor(l, s) {
      return l._descriptors.allKeys ? Reflect.has(t, s) ? {
        enumerable: !0,
        configurable: !0
      } : void 0 : Reflect.getOwnPropertyDescriptor(t, s);
    },
    /**
    * A trap for Object.getPrototypeOf.
    */
    getPrototypeOf() {
      return Reflect.getPrototypeOf(t);
    },
    /**
    * A trap for the in operator.
    */
    has(l, s) {
      return Reflect.has(t, s);
    },
    /**
    * A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
    */
    ownKeys() {
      return Reflect.ownKeys(t);
    },
    /**
    * A trap for setting property values.
    */
    set(l, s, r) {
      return t[s] = r, delete l[s], !0;
    }
  });
}
function Vu(t, e = {
  scriptable: !0,
  indexable: !0
}) {
  const { _scriptable: n = e.scriptable, _indexable: i = e.indexable, _allKeys: o = e.allKeys } = t;
  return {
    allKeys: o,
    scriptable: n,
    indexable: i,
    isScriptable: dn(n) ? n : () => n,
    isIndexable: dn(i) ? i : () => i
  };
}
const f0 = (t, e) => t ? t + Hr(e) : e, Yr = (t, e) => ce(e) && t !== "adapters" && (Object.getPrototypeOf(e) === null || e.constructor === Object);
function Lu(t, e, n) {
  if (Object.prototype.hasOwnProperty.call(t, e) || e === "constructor")
    return t[e];
  const i = n();
  return t[e] = i, i;
}
function u0(t, e, n) {
  const { _proxy: i, _context: o, _subProxy: l, _descriptors: s } = t;
  let r = i[e];
  return dn(r) && s.isScriptable(e) && (r = h0(e, r, t, n)), Ae(r) && r.length && (r = d0(e, r, t, s.isIndexable)), Yr(e, r) && (r = ci(r, o, l && l[e], s)), r;
}
function h0(t, e, n, i) {
  const { _proxy: o, _context: l, _subProxy: s, _stack: r } = n;
  if (r.has(t))
    throw new Error("Recursion detected: " + Array.from(r).join("->") + "->" + t);
  r.add(t);
  let a = e(l, s || i);
  return r.delete(t), Yr(t, a) && (a = Kr(o._scopes, o, t, a)), a;
}
function d0(t, e, n, i) {
  const { _proxy: o, _context: l, _subProxy: s, _descriptors: r } = n;
  if (typeof l.index < "u" && i(t))
    return e[l.index % e.length];
  if (ce(e[0])) {
    const a = e, c = o._scopes.filter((f) => f !== a);
    e = [];
    for (const f of a) {
      const u = Kr(c, o, t, f);
      e.push(ci(u, l, s && s[t], r));
    }
  }
  return e;
}
function Iu(t, e, n) {
  return dn(t) ? t(e, n) : t;
}
const p0 = (t, e) => t === !0 ? e : typeof t == "string" ? Eo(e, t) : void 0;
function g0(t, e, n, i, o) {
  for (const l of e) {
    const s = p0(n, l);
    if (s) {
      t.add(s);
      const r = Iu(s._fallback, n, o);
      if (typeof r < "u" && r !== n && r !== i)
        return r;
    } else if (s === !1 && typeof i < "u" && n !== i)
      return null;
  }
  return !1;
}
function Kr(t, e, n, i) {
  const o = e._rootScopes, l = Iu(e._fallback, n, i), s = [
    ...t,
    ...o
  ], r = /* @__PURE__ */ new Set();
  r.add(i);
  let a = P1(r, s, n, l || n, i);
  return a === null || typeof l < "u" && l !== n && (a = P1(r, s, l, a, i), a === null) ? !1 : Ur(Array.from(r), [
    ""
  ], o, l, () => m0(e, n, i));
}
function P1(t, e, n, i, o) {
  for (; n; )
    n = g0(t, e, n, i, o);
  return n;
}
function m0(t, e, n) {
  const i = t._getTarget();
  e in i || (i[e] = {});
  const o = i[e];
  return Ae(o) && ce(n) ? n : o || {};
}
function v0(t, e, n, i) {
  let o;
  for (const l of e)
    if (o = $u(f0(l, t), n), typeof o < "u")
      return Yr(t, o) ? Kr(n, i, t, o) : o;
}
function $u(t, e) {
  for (const n of e) {
    if (!n)
      continue;
    const i = n[t];
    if (typeof i < "u")
      return i;
  }
}
function T1(t) {
  let e = t._keys;
  return e || (e = t._keys = b0(t._scopes)), e;
}
function b0(t) {
  const e = /* @__PURE__ */ new Set();
  for (const n of t)
    for (const i of Object.keys(n).filter((o) => !o.startsWith("_")))
      e.add(i);
  return Array.from(e);
}
const y0 = Number.EPSILON || 1e-14, fi = (t, e) => e < t.length && !t[e].skip && t[e], zu = (t) => t === "x" ? "y" : "x";
function k0(t, e, n, i) {
  const o = t.skip ? e : t, l = e, s = n.skip ? e : n, r = Jl(l, o), a = Jl(s, l);
  let c = r / (r + a), f = a / (r + a);
  c = isNaN(c) ? 0 : c, f = isNaN(f) ? 0 : f;
  const u = i * c, h = i * f;
  return {
    previous: {
      x: l.x - u * (s.x - o.x),
      y: l.y - u * (s.y - o.y)
    },
    next: {
      x: l.x + h * (s.x - o.x),
      y: l.y + h * (s.y - o.y)
    }
  };
}
function w0(t, e, n) {
  const i = t.length;
  let o, l, s, r, a, c = fi(t, 0);
  for (let f = 0; f < i - 1; ++f)
    if (a = c, c = fi(t, f + 1), !(!a || !c)) {
      if (ji(e[f], 0, y0)) {
        n[f] = n[f + 1] = 0;
        continue;
      }
      o = n[f] / e[f], l = n[f + 1] / e[f], r = Math.pow(o, 2) + Math.pow(l, 2), !(r <= 9) && (s = 3 / Math.sqrt(r), n[f] = o * s * e[f], n[f + 1] = l * s * e[f]);
    }
}
function x0(t, e, n = "x") {
  const i = zu(n), o = t.length;
  let l, s, r, a = fi(t, 0);
  for (let c = 0; c < o; ++c) {
    if (s = r, r = a, a = fi(t, c + 1), !r)
      continue;
    const f = r[n], u = r[i];
    s && (l = (f - s[n]) / 3, r[`cp1${n}`] = f - l, r[`cp1${i}`] = u - l * e[c]), a && (l = (a[n] - f) / 3, r[`cp2${n}`] = f + l, r[`cp2${i}`] = u + l * e[c]);
  }
}
function M0(t, e = "x") {
  const n = zu(e), i = t.length, o = Array(i).fill(0), l = Array(i);
  let s, r, a, c = fi(t, 0);
  for (s = 0; s < i; ++s)
    if (r = a, a = c, c = fi(t, s + 1), !!a) {
      if (c) {
        const f = c[e] - a[e];
        o[s] = f !== 0 ? (c[n] - a[n]) / f : 0;
      }
      l[s] = r ? c ? ai(o[s - 1]) !== ai(o[s]) ? 0 : (o[s - 1] + o[s]) / 2 : o[s - 1] : o[s];
    }
  w0(t, o, l), x0(t, l, e);
}
function Cs(t, e, n) {
  return Math.max(Math.min(t, n), e);
}
function D0(t, e) {
  let n, i, o, l, s, r = ts(t[0], e);
  for (n = 0, i = t.length; n < i; ++n)
    s = l, l = r, r = n < i - 1 && ts(t[n + 1], e), l && (o = t[n], s && (o.cp1x = Cs(o.cp1x, e.left, e.right), o.cp1y = Cs(o.cp1y, e.top, e.bottom)), r && (o.cp2x = Cs(o.cp2x, e.left, e.right), o.cp2y = Cs(o.cp2y, e.top, e.bottom)));
}
function E0(t, e, n, i, o) {
  let l, s, r, a;
  if (e.spanGaps && (t = t.filter((c) => !c.skip)), e.cubicInterpolationMode === "monotone")
    M0(t, o);
  else {
    let c = i ? t[t.length - 1] : t[0];
    for (l = 0, s = t.length; l < s; ++l)
      r = t[l], a = k0(c, r, t[Math.min(l + 1, s - (i ? 0 : 1)) % s], e.tension), r.cp1x = a.previous.x, r.cp1y = a.previous.y, r.cp2x = a.next.x, r.cp2y = a.next.y, c = r;
  }
  e.capBezierPoints && D0(t, n);
}
function Xr() {
  return typeof window < "u" && typeof document < "u";
}
function Zr(t) {
  let e = t.parentNode;
  return e && e.toString() === "[object ShadowRoot]" && (e = e.host), e;
}
function Oo(t, e, n) {
  let i;
  return typeof t == "string" ? (i = parseInt(t, 10), t.indexOf("%") !== -1 && (i = i / 100 * e.parentNode[n])) : i = t, i;
}
const Go = (t) => t.ownerDocument.defaultView.getComputedStyle(t, null);
function _0(t, e) {
  return Go(t).getPropertyValue(e);
}
const C0 = [
  "top",
  "right",
  "bottom",
  "left"
];
function In(t, e, n) {
  const i = {};
  n = n ? "-" + n : "";
  for (let o = 0; o < 4; o++) {
    const l = C0[o];
    i[l] = parseFloat(t[e + "-" + l + n]) || 0;
  }
  return i.width = i.left + i.right, i.height = i.top + i.bottom, i;
}
const N0 = (t, e, n) => (t > 0 || e > 0) && (!n || !n.shadowRoot);
function O0(t, e) {
  const n = t.touches, i = n && n.length ? n[0] : t, { offsetX: o, offsetY: l } = i;
  let s = !1, r, a;
  if (N0(o, l, t.target))
    r = o, a = l;
  else {
    const c = e.getBoundingClientRect();
    r = i.clientX - c.left, a = i.clientY - c.top, s = !0;
  }
  return {
    x: r,
    y: a,
    box: s
  };
}
function _n(t, e) {
  if ("native" in t)
    return t;
  const { canvas: n, currentDevicePixelRatio: i } = e, o = Go(n), l = o.boxSizing === "border-box", s = In(o, "padding"), r = In(o, "border", "width"), { x: a, y: c, box: f } = O0(t, n), u = s.left + (f && r.left), h = s.top + (f && r.top);
  let { width: d, height: p } = e;
  return l && (d -= s.width + r.width, p -= s.height + r.height), {
    x: Math.round((a - u) / d * n.width / i),
    y: Math.round((c - h) / p * n.height / i)
  };
}
function S0(t, e, n) {
  let i, o;
  if (e === void 0 || n === void 0) {
    const l = t && Zr(t);
    if (!l)
      e = t.clientWidth, n = t.clientHeight;
    else {
      const s = l.getBoundingClientRect(), r = Go(l), a = In(r, "border", "width"), c = In(r, "padding");
      e = s.width - c.width - a.width, n = s.height - c.height - a.height, i = Oo(r.maxWidth, l, "clientWidth"), o = Oo(r.maxHeight, l, "clientHeight");
    }
  }
  return {
    width: e,
    height: n,
    maxWidth: i || Co,
    maxHeight: o || Co
  };
}
const Ns = (t) => Math.round(t * 10) / 10;
function R0(t, e, n, i) {
  const o = Go(t), l = In(o, "margin"), s = Oo(o.maxWidth, t, "clientWidth") || Co, r = Oo(o.maxHeight, t, "clientHeight") || Co, a = S0(t, e, n);
  let { width: c, height: f } = a;
  if (o.boxSizing === "content-box") {
    const h = In(o, "border", "width"), d = In(o, "padding");
    c -= d.width + h.width, f -= d.height + h.height;
  }
  return c = Math.max(0, c - l.width), f = Math.max(0, i ? c / i : f - l.height), c = Ns(Math.min(c, s, a.maxWidth)), f = Ns(Math.min(f, r, a.maxHeight)), c && !f && (f = Ns(c / 2)), (e !== void 0 || n !== void 0) && i && a.height && f > a.height && (f = a.height, c = Ns(Math.floor(f * i))), {
    width: c,
    height: f
  };
}
function V1(t, e, n) {
  const i = e || 1, o = Math.floor(t.height * i), l = Math.floor(t.width * i);
  t.height = Math.floor(t.height), t.width = Math.floor(t.width);
  const s = t.canvas;
  return s.style && (n || !s.style.height && !s.style.width) && (s.style.height = `${t.height}px`, s.style.width = `${t.width}px`), t.currentDevicePixelRatio !== i || s.height !== o || s.width !== l ? (t.currentDevicePixelRatio = i, s.height = o, s.width = l, t.ctx.setTransform(i, 0, 0, i, 0, 0), !0) : !1;
}
const F0 = function() {
  let t = !1;
  try {
    const e = {
      get passive() {
        return t = !0, !1;
      }
    };
    Xr() && (window.addEventListener("test", null, e), window.removeEventListener("test", null, e));
  } catch {
  }
  return t;
}();
function L1(t, e) {
  const n = _0(t, e), i = n && n.match(/^(\d+)(\.\d+)?px$/);
  return i ? +i[1] : void 0;
}
function Cn(t, e, n, i) {
  return {
    x: t.x + n * (e.x - t.x),
    y: t.y + n * (e.y - t.y)
  };
}
function A0(t, e, n, i) {
  return {
    x: t.x + n * (e.x - t.x),
    y: i === "middle" ? n < 0.5 ? t.y : e.y : i === "after" ? n < 1 ? t.y : e.y : n > 0 ? e.y : t.y
  };
}
function P0(t, e, n, i) {
  const o = {
    x: t.cp2x,
    y: t.cp2y
  }, l = {
    x: e.cp1x,
    y: e.cp1y
  }, s = Cn(t, o, n), r = Cn(o, l, n), a = Cn(l, e, n), c = Cn(s, r, n), f = Cn(r, a, n);
  return Cn(c, f, n);
}
const T0 = function(t, e) {
  return {
    x(n) {
      return t + t + e - n;
    },
    setWidth(n) {
      e = n;
    },
    textAlign(n) {
      return n === "center" ? n : n === "right" ? "left" : "right";
    },
    xPlus(n, i) {
      return n - i;
    },
    leftForLtr(n, i) {
      return n - i;
    }
  };
}, V0 = function() {
  return {
    x(t) {
      return t;
    },
    setWidth(t) {
    },
    textAlign(t) {
      return t;
    },
    xPlus(t, e) {
      return t + e;
    },
    leftForLtr(t, e) {
      return t;
    }
  };
};
function dl(t, e, n) {
  return t ? T0(e, n) : V0();
}
function L0(t, e) {
  let n, i;
  (e === "ltr" || e === "rtl") && (n = t.canvas.style, i = [
    n.getPropertyValue("direction"),
    n.getPropertyPriority("direction")
  ], n.setProperty("direction", e, "important"), t.prevTextDirection = i);
}
function I0(t, e) {
  e !== void 0 && (delete t.prevTextDirection, t.canvas.style.setProperty("direction", e[0], e[1]));
}
function Bu(t) {
  return t === "angle" ? {
    between: Nu,
    compare: Pg,
    normalize: Nt
  } : {
    between: Ou,
    compare: (e, n) => e - n,
    normalize: (e) => e
  };
}
function I1({ start: t, end: e, count: n, loop: i, style: o }) {
  return {
    start: t % n,
    end: e % n,
    loop: i && (e - t + 1) % n === 0,
    style: o
  };
}
function $0(t, e, n) {
  const { property: i, start: o, end: l } = n, { between: s, normalize: r } = Bu(i), a = e.length;
  let { start: c, end: f, loop: u } = t, h, d;
  if (u) {
    for (c += a, f += a, h = 0, d = a; h < d && s(r(e[c % a][i]), o, l); ++h)
      c--, f--;
    c %= a, f %= a;
  }
  return f < c && (f += a), {
    start: c,
    end: f,
    loop: u,
    style: t.style
  };
}
function Hu(t, e, n) {
  if (!n)
    return [
      t
    ];
  const { property: i, start: o, end: l } = n, s = e.length, { compare: r, between: a, normalize: c } = Bu(i), { start: f, end: u, loop: h, style: d } = $0(t, e, n), p = [];
  let m = !1, v = null, y, C, N;
  const P = () => a(o, N, y) && r(o, N) !== 0, M = () => r(l, y) === 0 || a(l, N, y), O = () => m || P(), x = () => !m || M();
  for (let _ = f, S = f; _ <= u; ++_)
    C = e[_ % s], !C.skip && (y = c(C[i]), y !== N && (m = a(y, o, l), v === null && O() && (v = r(y, o) === 0 ? _ : S), v !== null && x() && (p.push(I1({
      start: v,
      end: _,
      loop: h,
      count: s,
      style: d
    })), v = null), S = _, N = y));
  return v !== null && p.push(I1({
    start: v,
    end: u,
    loop: h,
    count: s,
    style: d
  })), p;
}
function ju(t, e) {
  const n = [], i = t.segments;
  for (let o = 0; o < i.length; o++) {
    const l = Hu(i[o], t.points, e);
    l.length && n.push(...l);
  }
  return n;
}
function z0(t, e, n, i) {
  let o = 0, l = e - 1;
  if (n && !i)
    for (; o < e && !t[o].skip; )
      o++;
  for (; o < e && t[o].skip; )
    o++;
  for (o %= e, n && (l += o); l > o && t[l % e].skip; )
    l--;
  return l %= e, {
    start: o,
    end: l
  };
}
function B0(t, e, n, i) {
  const o = t.length, l = [];
  let s = e, r = t[e], a;
  for (a = e + 1; a <= n; ++a) {
    const c = t[a % o];
    c.skip || c.stop ? r.skip || (i = !1, l.push({
      start: e % o,
      end: (a - 1) % o,
      loop: i
    }), e = s = c.stop ? a : null) : (s = a, r.skip && (e = a)), r = c;
  }
  return s !== null && l.push({
    start: e % o,
    end: s % o,
    loop: i
  }), l;
}
function H0(t, e) {
  const n = t.points, i = t.options.spanGaps, o = n.length;
  if (!o)
    return [];
  const l = !!t._loop, { start: s, end: r } = z0(n, o, l, i);
  if (i === !0)
    return $1(t, [
      {
        start: s,
        end: r,
        loop: l
      }
    ], n, e);
  const a = r < s ? r + o : r, c = !!t._fullLoop && s === 0 && r === o - 1;
  return $1(t, B0(n, s, a, c), n, e);
}
function $1(t, e, n, i) {
  return !i || !i.setContext || !n ? e : j0(t, e, n, i);
}
function j0(t, e, n, i) {
  const o = t._chart.getContext(), l = z1(t.options), { _datasetIndex: s, options: { spanGaps: r } } = t, a = n.length, c = [];
  let f = l, u = e[0].start, h = u;
  function d(p, m, v, y) {
    const C = r ? -1 : 1;
    if (p !== m) {
      for (p += a; n[p % a].skip; )
        p -= C;
      for (; n[m % a].skip; )
        m += C;
      p % a !== m % a && (c.push({
        start: p % a,
        end: m % a,
        loop: v,
        style: y
      }), f = y, u = m % a);
    }
  }
  for (const p of e) {
    u = r ? u : p.start;
    let m = n[u % a], v;
    for (h = u + 1; h <= p.end; h++) {
      const y = n[h % a];
      v = z1(i.setContext(jn(o, {
        type: "segment",
        p0: m,
        p1: y,
        p0DataIndex: (h - 1) % a,
        p1DataIndex: h % a,
        datasetIndex: s
      }))), W0(v, f) && d(u, h - 1, p.loop, f), m = y, f = v;
    }
    u < h - 1 && d(u, h - 1, p.loop, f);
  }
  return c;
}
function z1(t) {
  return {
    backgroundColor: t.backgroundColor,
    borderCapStyle: t.borderCapStyle,
    borderDash: t.borderDash,
    borderDashOffset: t.borderDashOffset,
    borderJoinStyle: t.borderJoinStyle,
    borderWidth: t.borderWidth,
    borderColor: t.borderColor
  };
}
function W0(t, e) {
  if (!e)
    return !1;
  const n = [], i = function(o, l) {
    return Wr(l) ? (n.includes(l) || n.push(l), n.indexOf(l)) : l;
  };
  return JSON.stringify(t, i) !== JSON.stringify(e, i);
}
/*!
 * Chart.js v4.4.7
 * https://www.chartjs.org
 * (c) 2024 Chart.js Contributors
 * Released under the MIT License
 */
class G0 {
  constructor() {
    this._request = null, this._charts = /* @__PURE__ */ new Map(), this._running = !1, this._lastDate = void 0;
  }
  _notify(e, n, i, o) {
    const l = n.listeners[o], s = n.duration;
    l.forEach((r) => r({
      chart: e,
      initial: n.initial,
      numSteps: s,
      currentStep: Math.min(i - n.start, s)
    }));
  }
  _refresh() {
    this._request || (this._running = !0, this._request = Ru.call(window, () => {
      this._update(), this._request = null, this._running && this._refresh();
    }));
  }
  _update(e = Date.now()) {
    let n = 0;
    this._charts.forEach((i, o) => {
      if (!i.running || !i.items.length)
        return;
      const l = i.items;
      let s = l.length - 1, r = !1, a;
      for (; s >= 0; --s)
        a = l[s], a._active ? (a._total > i.duration && (i.duration = a._total), a.tick(e), r = !0) : (l[s] = l[l.length - 1], l.pop());
      r && (o.draw(), this._notify(o, i, e, "progress")), l.length || (i.running = !1, this._notify(o, i, e, "complete"), i.initial = !1), n += l.length;
    }), this._lastDate = e, n === 0 && (this._running = !1);
  }
  _getAnims(e) {
    const n = this._charts;
    let i = n.get(e);
    return i || (i = {
      running: !1,
      initial: !0,
      items: [],
      listeners: {
        complete: [],
        progress: []
      }
    }, n.set(e, i)), i;
  }
  listen(e, n, i) {
    this._getAnims(e).listeners[n].push(i);
  }
  add(e, n) {
    !n || !n.length || this._getAnims(e).items.push(...n);
  }
  has(e) {
    return this._getAnims(e).items.length > 0;
  }
  start(e) {
    const n = this._charts.get(e);
    n && (n.running = !0, n.start = Date.now(), n.duration = n.items.reduce((i, o) => Math.max(i, o._duration), 0), this._refresh());
  }
  running(e) {
    if (!this._running)
      return !1;
    const n = this._charts.get(e);
    return !(!n || !n.running || !n.items.length);
  }
  stop(e) {
    const n = this._charts.get(e);
    if (!n || !n.items.length)
      return;
    const i = n.items;
    let o = i.length - 1;
    for (; o >= 0; --o)
      i[o].cancel();
    n.items = [], this._notify(e, n, Date.now(), "complete");
  }
  remove(e) {
    return this._charts.delete(e);
  }
}
var Wt = /* @__PURE__ */ new G0();
const B1 = "transparent", q0 = {
  boolean(t, e, n) {
    return n > 0.5 ? e : t;
  },
  color(t, e, n) {
    const i = N1(t || B1), o = i.valid && N1(e || B1);
    return o && o.valid ? o.mix(i, n).hexString() : e;
  },
  number(t, e, n) {
    return t + (e - t) * n;
  }
};
class U0 {
  constructor(e, n, i, o) {
    const l = n[i];
    o = _s([
      e.to,
      o,
      l,
      e.from
    ]);
    const s = _s([
      e.from,
      l,
      o
    ]);
    this._active = !0, this._fn = e.fn || q0[e.type || typeof s], this._easing = Wi[e.easing] || Wi.linear, this._start = Math.floor(Date.now() + (e.delay || 0)), this._duration = this._total = Math.floor(e.duration), this._loop = !!e.loop, this._target = n, this._prop = i, this._from = s, this._to = o, this._promises = void 0;
  }
  active() {
    return this._active;
  }
  update(e, n, i) {
    if (this._active) {
      this._notify(!1);
      const o = this._target[this._prop], l = i - this._start, s = this._duration - l;
      this._start = i, this._duration = Math.floor(Math.max(s, e.duration)), this._total += l, this._loop = !!e.loop, this._to = _s([
        e.to,
        n,
        o,
        e.from
      ]), this._from = _s([
        e.from,
        o,
        n
      ]);
    }
  }
  cancel() {
    this._active && (this.tick(Date.now()), this._active = !1, this._notify(!1));
  }
  tick(e) {
    const n = e - this._start, i = this._duration, o = this._prop, l = this._from, s = this._loop, r = this._to;
    let a;
    if (this._active = l !== r && (s || n < i), !this._active) {
      this._target[o] = r, this._notify(!0);
      return;
    }
    if (n < 0) {
      this._target[o] = l;
      return;
    }
    a = n / i % 2, a = s && a > 1 ? 2 - a : a, a = this._easing(Math.min(1, Math.max(0, a))), this._target[o] = this._fn(l, r, a);
  }
  wait() {
    const e = this._promises || (this._promises = []);
    return new Promise((n, i) => {
      e.push({
        res: n,
        rej: i
      });
    });
  }
  _notify(e) {
    const n = e ? "res" : "rej", i = this._promises || [];
    for (let o = 0; o < i.length; o++)
      i[o][n]();
  }
}
class Wu {
  constructor(e, n) {
    this._chart = e, this._properties = /* @__PURE__ */ new Map(), this.configure(n);
  }
  configure(e) {
    if (!ce(e))
      return;
    const n = Object.keys(_e.animation), i = this._properties;
    Object.getOwnPropertyNames(e).forEach((o) => {
      const l = e[o];
      if (!ce(l))
        return;
      const s = {};
      for (const r of n)
        s[r] = l[r];
      (Ae(l.properties) && l.properties || [
        o
      ]).forEach((r) => {
        (r === o || !i.has(r)) && i.set(r, s);
      });
    });
  }
  _animateOptions(e, n) {
    const i = n.options, o = K0(e, i);
    if (!o)
      return [];
    const l = this._createAnimations(o, i);
    return i.$shared && Y0(e.options.$animations, i).then(() => {
      e.options = i;
    }, () => {
    }), l;
  }
  _createAnimations(e, n) {
    const i = this._properties, o = [], l = e.$animations || (e.$animations = {}), s = Object.keys(n), r = Date.now();
    let a;
    for (a = s.length - 1; a >= 0; --a) {
      const c = s[a];
      if (c.charAt(0) === "$")
        continue;
      if (c === "options") {
        o.push(...this._animateOptions(e, n));
        continue;
      }
      const f = n[c];
      let u = l[c];
      const h = i.get(c);
      if (u)
        if (h && u.active()) {
          u.update(h, f, r);
          continue;
        } else
          u.cancel();
      if (!h || !h.duration) {
        e[c] = f;
        continue;
      }
      l[c] = u = new U0(h, e, c, f), o.push(u);
    }
    return o;
  }
  update(e, n) {
    if (this._properties.size === 0) {
      Object.assign(e, n);
      return;
    }
    const i = this._createAnimations(e, n);
    if (i.length)
      return Wt.add(this._chart, i), !0;
  }
}
function Y0(t, e) {
  const n = [], i = Object.keys(e);
  for (let o = 0; o < i.length; o++) {
    const l = t[i[o]];
    l && l.active() && n.push(l.wait());
  }
  return Promise.all(n);
}
function K0(t, e) {
  if (!e)
    return;
  let n = t.options;
  if (!n) {
    t.options = e;
    return;
  }
  return n.$shared && (t.options = n = Object.assign({}, n, {
    $shared: !1,
    $animations: {}
  })), n;
}
function H1(t, e) {
  const n = t && t.options || {}, i = n.reverse, o = n.min === void 0 ? e : 0, l = n.max === void 0 ? e : 0;
  return {
    start: i ? l : o,
    end: i ? o : l
  };
}
function X0(t, e, n) {
  if (n === !1)
    return !1;
  const i = H1(t, n), o = H1(e, n);
  return {
    top: o.end,
    right: i.end,
    bottom: o.start,
    left: i.start
  };
}
function Z0(t) {
  let e, n, i, o;
  return ce(t) ? (e = t.top, n = t.right, i = t.bottom, o = t.left) : e = n = i = o = t, {
    top: e,
    right: n,
    bottom: i,
    left: o,
    disabled: t === !1
  };
}
function Gu(t, e) {
  const n = [], i = t._getSortedDatasetMetas(e);
  let o, l;
  for (o = 0, l = i.length; o < l; ++o)
    n.push(i[o].index);
  return n;
}
function j1(t, e, n, i = {}) {
  const o = t.keys, l = i.mode === "single";
  let s, r, a, c;
  if (e === null)
    return;
  let f = !1;
  for (s = 0, r = o.length; s < r; ++s) {
    if (a = +o[s], a === n) {
      if (f = !0, i.all)
        continue;
      break;
    }
    c = t.values[a], Ie(c) && (l || e === 0 || ai(e) === ai(c)) && (e += c);
  }
  return !f && !i.all ? 0 : e;
}
function Q0(t, e) {
  const { iScale: n, vScale: i } = e, o = n.axis === "x" ? "x" : "y", l = i.axis === "x" ? "x" : "y", s = Object.keys(t), r = new Array(s.length);
  let a, c, f;
  for (a = 0, c = s.length; a < c; ++a)
    f = s[a], r[a] = {
      [o]: f,
      [l]: t[f]
    };
  return r;
}
function pl(t, e) {
  const n = t && t.options.stacked;
  return n || n === void 0 && e.stack !== void 0;
}
function J0(t, e, n) {
  return `${t.id}.${e.id}.${n.stack || n.type}`;
}
function e4(t) {
  const { min: e, max: n, minDefined: i, maxDefined: o } = t.getUserBounds();
  return {
    min: i ? e : Number.NEGATIVE_INFINITY,
    max: o ? n : Number.POSITIVE_INFINITY
  };
}
function t4(t, e, n) {
  const i = t[e] || (t[e] = {});
  return i[n] || (i[n] = {});
}
function W1(t, e, n, i) {
  for (const o of e.getMatchingVisibleMetas(i).reverse()) {
    const l = t[o.index];
    if (n && l > 0 || !n && l < 0)
      return o.index;
  }
  return null;
}
function G1(t, e) {
  const { chart: n, _cachedMeta: i } = t, o = n._stacks || (n._stacks = {}), { iScale: l, vScale: s, index: r } = i, a = l.axis, c = s.axis, f = J0(l, s, i), u = e.length;
  let h;
  for (let d = 0; d < u; ++d) {
    const p = e[d], { [a]: m, [c]: v } = p, y = p._stacks || (p._stacks = {});
    h = y[c] = t4(o, f, m), h[r] = v, h._top = W1(h, s, !0, i.type), h._bottom = W1(h, s, !1, i.type);
    const C = h._visualValues || (h._visualValues = {});
    C[r] = v;
  }
}
function gl(t, e) {
  const n = t.scales;
  return Object.keys(n).filter((i) => n[i].axis === e).shift();
}
function n4(t, e) {
  return jn(t, {
    active: !1,
    dataset: void 0,
    datasetIndex: e,
    index: e,
    mode: "default",
    type: "dataset"
  });
}
function i4(t, e, n) {
  return jn(t, {
    active: !1,
    dataIndex: e,
    parsed: void 0,
    raw: void 0,
    element: n,
    index: e,
    mode: "default",
    type: "data"
  });
}
function _i(t, e) {
  const n = t.controller.index, i = t.vScale && t.vScale.axis;
  if (i) {
    e = e || t._parsed;
    for (const o of e) {
      const l = o._stacks;
      if (!l || l[i] === void 0 || l[i][n] === void 0)
        return;
      delete l[i][n], l[i]._visualValues !== void 0 && l[i]._visualValues[n] !== void 0 && delete l[i]._visualValues[n];
    }
  }
}
const ml = (t) => t === "reset" || t === "none", q1 = (t, e) => e ? t : Object.assign({}, t), s4 = (t, e, n) => t && !e.hidden && e._stacked && {
  keys: Gu(n, !0),
  values: null
};
class eo {
  constructor(e, n) {
    this.chart = e, this._ctx = e.ctx, this.index = n, this._cachedDataOpts = {}, this._cachedMeta = this.getMeta(), this._type = this._cachedMeta.type, this.options = void 0, this._parsing = !1, this._data = void 0, this._objectData = void 0, this._sharedOptions = void 0, this._drawStart = void 0, this._drawCount = void 0, this.enableOptionSharing = !1, this.supportsDecimation = !1, this.$context = void 0, this._syncList = [], this.datasetElementType = new.target.datasetElementType, this.dataElementType = new.target.dataElementType, this.initialize();
  }
  initialize() {
    const e = this._cachedMeta;
    this.configure(), this.linkScales(), e._stacked = pl(e.vScale, e), this.addElements(), this.options.fill && !this.chart.isPluginEnabled("filler") && console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options");
  }
  updateIndex(e) {
    this.index !== e && _i(this._cachedMeta), this.index = e;
  }
  linkScales() {
    const e = this.chart, n = this._cachedMeta, i = this.getDataset(), o = (u, h, d, p) => u === "x" ? h : u === "r" ? p : d, l = n.xAxisID = pe(i.xAxisID, gl(e, "x")), s = n.yAxisID = pe(i.yAxisID, gl(e, "y")), r = n.rAxisID = pe(i.rAxisID, gl(e, "r")), a = n.indexAxis, c = n.iAxisID = o(a, l, s, r), f = n.vAxisID = o(a, s, l, r);
    n.xScale = this.getScaleForId(l), n.yScale = this.getScaleForId(s), n.rScale = this.getScaleForId(r), n.iScale = this.getScaleForId(c), n.vScale = this.getScaleForId(f);
  }
  getDataset() {
    return this.chart.data.datasets[this.index];
  }
  getMeta() {
    return this.chart.getDatasetMeta(this.index);
  }
  getScaleForId(e) {
    return this.chart.scales[e];
  }
  _getOtherScale(e) {
    const n = this._cachedMeta;
    return e === n.iScale ? n.vScale : n.iScale;
  }
  reset() {
    this._update("reset");
  }
  _destroy() {
    const e = this._cachedMeta;
    this._data && D1(this._data, this), e._stacked && _i(e);
  }
  _dataCheck() {
    const e = this.getDataset(), n = e.data || (e.data = []), i = this._data;
    if (ce(n)) {
      const o = this._cachedMeta;
      this._data = Q0(n, o);
    } else if (i !== n) {
      if (i) {
        D1(i, this);
        const o = this._cachedMeta;
        _i(o), o._parsed = [];
      }
      n && Object.isExtensible(n) && Ig(n, this), this._syncList = [], this._data = n;
    }
  }
  addElements() {
    const e = this._cachedMeta;
    this._dataCheck(), this.datasetElementType && (e.dataset = new this.datasetElementType());
  }
  buildOrUpdateElements(e) {
    const n = this._cachedMeta, i = this.getDataset();
    let o = !1;
    this._dataCheck();
    const l = n._stacked;
    n._stacked = pl(n.vScale, n), n.stack !== i.stack && (o = !0, _i(n), n.stack = i.stack), this._resyncElements(e), (o || l !== n._stacked) && (G1(this, n._parsed), n._stacked = pl(n.vScale, n));
  }
  configure() {
    const e = this.chart.config, n = e.datasetScopeKeys(this._type), i = e.getOptionScopes(this.getDataset(), n, !0);
    this.options = e.createResolver(i, this.getContext()), this._parsing = this.options.parsing, this._cachedDataOpts = {};
  }
  parse(e, n) {
    const { _cachedMeta: i, _data: o } = this, { iScale: l, _stacked: s } = i, r = l.axis;
    let a = e === 0 && n === o.length ? !0 : i._sorted, c = e > 0 && i._parsed[e - 1], f, u, h;
    if (this._parsing === !1)
      i._parsed = o, i._sorted = !0, h = o;
    else {
      Ae(o[e]) ? h = this.parseArrayData(i, o, e, n) : ce(o[e]) ? h = this.parseObjectData(i, o, e, n) : h = this.parsePrimitiveData(i, o, e, n);
      const d = () => u[r] === null || c && u[r] < c[r];
      for (f = 0; f < n; ++f)
        i._parsed[f + e] = u = h[f], a && (d() && (a = !1), c = u);
      i._sorted = a;
    }
    s && G1(this, h);
  }
  parsePrimitiveData(e, n, i, o) {
    const { iScale: l, vScale: s } = e, r = l.axis, a = s.axis, c = l.getLabels(), f = l === s, u = new Array(o);
    let h, d, p;
    for (h = 0, d = o; h < d; ++h)
      p = h + i, u[h] = {
        [r]: f || l.parse(c[p], p),
        [a]: s.parse(n[p], p)
      };
    return u;
  }
  parseArrayData(e, n, i, o) {
    const { xScale: l, yScale: s } = e, r = new Array(o);
    let a, c, f, u;
    for (a = 0, c = o; a < c; ++a)
      f = a + i, u = n[f], r[a] = {
        x: l.parse(u[0], f),
        y: s.parse(u[1], f)
      };
    return r;
  }
  parseObjectData(e, n, i, o) {
    const { xScale: l, yScale: s } = e, { xAxisKey: r = "x", yAxisKey: a = "y" } = this._parsing, c = new Array(o);
    let f, u, h, d;
    for (f = 0, u = o; f < u; ++f)
      h = f + i, d = n[h], c[f] = {
        x: l.parse(Eo(d, r), h),
        y: s.parse(Eo(d, a), h)
      };
    return c;
  }
  getParsed(e) {
    return this._cachedMeta._parsed[e];
  }
  getDataElement(e) {
    return this._cachedMeta.data[e];
  }
  applyStack(e, n, i) {
    const o = this.chart, l = this._cachedMeta, s = n[e.axis], r = {
      keys: Gu(o, !0),
      values: n._stacks[e.axis]._visualValues
    };
    return j1(r, s, l.index, {
      mode: i
    });
  }
  updateRangeFromParsed(e, n, i, o) {
    const l = i[n.axis];
    let s = l === null ? NaN : l;
    const r = o && i._stacks[n.axis];
    o && r && (o.values = r, s = j1(o, l, this._cachedMeta.index)), e.min = Math.min(e.min, s), e.max = Math.max(e.max, s);
  }
  getMinMax(e, n) {
    const i = this._cachedMeta, o = i._parsed, l = i._sorted && e === i.iScale, s = o.length, r = this._getOtherScale(e), a = s4(n, i, this.chart), c = {
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY
    }, { min: f, max: u } = e4(r);
    let h, d;
    function p() {
      d = o[h];
      const m = d[r.axis];
      return !Ie(d[e.axis]) || f > m || u < m;
    }
    for (h = 0; h < s && !(!p() && (this.updateRangeFromParsed(c, e, d, a), l)); ++h)
      ;
    if (l) {
      for (h = s - 1; h >= 0; --h)
        if (!p()) {
          this.updateRangeFromParsed(c, e, d, a);
          break;
        }
    }
    return c;
  }
  getAllParsedValues(e) {
    const n = this._cachedMeta._parsed, i = [];
    let o, l, s;
    for (o = 0, l = n.length; o < l; ++o)
      s = n[o][e.axis], Ie(s) && i.push(s);
    return i;
  }
  getMaxOverflow() {
    return !1;
  }
  getLabelAndValue(e) {
    const n = this._cachedMeta, i = n.iScale, o = n.vScale, l = this.getParsed(e);
    return {
      label: i ? "" + i.getLabelForValue(l[i.axis]) : "",
      value: o ? "" + o.getLabelForValue(l[o.axis]) : ""
    };
  }
  _update(e) {
    const n = this._cachedMeta;
    this.update(e || "default"), n._clip = Z0(pe(this.options.clip, X0(n.xScale, n.yScale, this.getMaxOverflow())));
  }
  update(e) {
  }
  draw() {
    const e = this._ctx, n = this.chart, i = this._cachedMeta, o = i.data || [], l = n.chartArea, s = [], r = this._drawStart || 0, a = this._drawCount || o.length - r, c = this.options.drawActiveElementsOnTop;
    let f;
    for (i.dataset && i.dataset.draw(e, l, r, a), f = r; f < r + a; ++f) {
      const u = o[f];
      u.hidden || (u.active && c ? s.push(u) : u.draw(e, l));
    }
    for (f = 0; f < s.length; ++f)
      s[f].draw(e, l);
  }
  getStyle(e, n) {
    const i = n ? "active" : "default";
    return e === void 0 && this._cachedMeta.dataset ? this.resolveDatasetElementOptions(i) : this.resolveDataElementOptions(e || 0, i);
  }
  getContext(e, n, i) {
    const o = this.getDataset();
    let l;
    if (e >= 0 && e < this._cachedMeta.data.length) {
      const s = this._cachedMeta.data[e];
      l = s.$context || (s.$context = i4(this.getContext(), e, s)), l.parsed = this.getParsed(e), l.raw = o.data[e], l.index = l.dataIndex = e;
    } else
      l = this.$context || (this.$context = n4(this.chart.getContext(), this.index)), l.dataset = o, l.index = l.datasetIndex = this.index;
    return l.active = !!n, l.mode = i, l;
  }
  resolveDatasetElementOptions(e) {
    return this._resolveElementOptions(this.datasetElementType.id, e);
  }
  resolveDataElementOptions(e, n) {
    return this._resolveElementOptions(this.dataElementType.id, n, e);
  }
  _resolveElementOptions(e, n = "default", i) {
    const o = n === "active", l = this._cachedDataOpts, s = e + "-" + n, r = l[s], a = this.enableOptionSharing && _o(i);
    if (r)
      return q1(r, a);
    const c = this.chart.config, f = c.datasetElementScopeKeys(this._type, e), u = o ? [
      `${e}Hover`,
      "hover",
      e,
      ""
    ] : [
      e,
      ""
    ], h = c.getOptionScopes(this.getDataset(), f), d = Object.keys(_e.elements[e]), p = () => this.getContext(i, o, n), m = c.resolveNamedOptions(h, d, p, u);
    return m.$shared && (m.$shared = a, l[s] = Object.freeze(q1(m, a))), m;
  }
  _resolveAnimations(e, n, i) {
    const o = this.chart, l = this._cachedDataOpts, s = `animation-${n}`, r = l[s];
    if (r)
      return r;
    let a;
    if (o.options.animation !== !1) {
      const f = this.chart.config, u = f.datasetAnimationScopeKeys(this._type, n), h = f.getOptionScopes(this.getDataset(), u);
      a = f.createResolver(h, this.getContext(e, i, n));
    }
    const c = new Wu(o, a && a.animations);
    return a && a._cacheable && (l[s] = Object.freeze(c)), c;
  }
  getSharedOptions(e) {
    if (e.$shared)
      return this._sharedOptions || (this._sharedOptions = Object.assign({}, e));
  }
  includeOptions(e, n) {
    return !n || ml(e) || this.chart._animationsDisabled;
  }
  _getSharedOptions(e, n) {
    const i = this.resolveDataElementOptions(e, n), o = this._sharedOptions, l = this.getSharedOptions(i), s = this.includeOptions(n, l) || l !== o;
    return this.updateSharedOptions(l, n, i), {
      sharedOptions: l,
      includeOptions: s
    };
  }
  updateElement(e, n, i, o) {
    ml(o) ? Object.assign(e, i) : this._resolveAnimations(n, o).update(e, i);
  }
  updateSharedOptions(e, n, i) {
    e && !ml(n) && this._resolveAnimations(void 0, n).update(e, i);
  }
  _setStyle(e, n, i, o) {
    e.active = o;
    const l = this.getStyle(n, o);
    this._resolveAnimations(n, i, o).update(e, {
      options: !o && this.getSharedOptions(l) || l
    });
  }
  removeHoverStyle(e, n, i) {
    this._setStyle(e, i, "active", !1);
  }
  setHoverStyle(e, n, i) {
    this._setStyle(e, i, "active", !0);
  }
  _removeDatasetHoverStyle() {
    const e = this._cachedMeta.dataset;
    e && this._setStyle(e, void 0, "active", !1);
  }
  _setDatasetHoverStyle() {
    const e = this._cachedMeta.dataset;
    e && this._setStyle(e, void 0, "active", !0);
  }
  _resyncElements(e) {
    const n = this._data, i = this._cachedMeta.data;
    for (const [r, a, c] of this._syncList)
      this[r](a, c);
    this._syncList = [];
    const o = i.length, l = n.length, s = Math.min(l, o);
    s && this.parse(0, s), l > o ? this._insertElements(o, l - o, e) : l < o && this._removeElements(l, o - l);
  }
  _insertElements(e, n, i = !0) {
    const o = this._cachedMeta, l = o.data, s = e + n;
    let r;
    const a = (c) => {
      for (c.length += n, r = c.length - 1; r >= s; r--)
        c[r] = c[r - n];
    };
    for (a(l), r = e; r < s; ++r)
      l[r] = new this.dataElementType();
    this._parsing && a(o._parsed), this.parse(e, n), i && this.updateElements(l, e, n, "reset");
  }
  updateElements(e, n, i, o) {
  }
  _removeElements(e, n) {
    const i = this._cachedMeta;
    if (this._parsing) {
      const o = i._parsed.splice(e, n);
      i._stacked && _i(i, o);
    }
    i.data.splice(e, n);
  }
  _sync(e) {
    if (this._parsing)
      this._syncList.push(e);
    else {
      const [n, i, o] = e;
      this[n](i, o);
    }
    this.chart._dataChanges.push([
      this.index,
      ...e
    ]);
  }
  _onDataPush() {
    const e = arguments.length;
    this._sync([
      "_insertElements",
      this.getDataset().data.length - e,
      e
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
  _onDataSplice(e, n) {
    n && this._sync([
      "_removeElements",
      e,
      n
    ]);
    const i = arguments.length - 2;
    i && this._sync([
      "_insertElements",
      e,
      i
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
le(eo, "defaults", {}), le(eo, "datasetElementType", null), le(eo, "dataElementType", null);
function Mn() {
  throw new Error("This method is not implemented: Check that a complete date adapter is provided.");
}
class Qr {
  constructor(e) {
    le(this, "options");
    this.options = e || {};
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
  static override(e) {
    Object.assign(Qr.prototype, e);
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-function
  init() {
  }
  formats() {
    return Mn();
  }
  parse() {
    return Mn();
  }
  format() {
    return Mn();
  }
  add() {
    return Mn();
  }
  diff() {
    return Mn();
  }
  startOf() {
    return Mn();
  }
  endOf() {
    return Mn();
  }
}
var o4 = {
  _date: Qr
};
function l4(t, e, n, i) {
  const { controller: o, data: l, _sorted: s } = t, r = o._cachedMeta.iScale;
  if (r && e === r.axis && e !== "r" && s && l.length) {
    const a = r._reversePixels ? Vg : er;
    if (i) {
      if (o._sharedOptions) {
        const c = l[0], f = typeof c.getRange == "function" && c.getRange(e);
        if (f) {
          const u = a(l, e, n - f), h = a(l, e, n + f);
          return {
            lo: u.lo,
            hi: h.hi
          };
        }
      }
    } else return a(l, e, n);
  }
  return {
    lo: 0,
    hi: l.length - 1
  };
}
function qo(t, e, n, i, o) {
  const l = t.getSortedVisibleDatasetMetas(), s = n[e];
  for (let r = 0, a = l.length; r < a; ++r) {
    const { index: c, data: f } = l[r], { lo: u, hi: h } = l4(l[r], e, s, o);
    for (let d = u; d <= h; ++d) {
      const p = f[d];
      p.skip || i(p, c, d);
    }
  }
}
function r4(t) {
  const e = t.indexOf("x") !== -1, n = t.indexOf("y") !== -1;
  return function(i, o) {
    const l = e ? Math.abs(i.x - o.x) : 0, s = n ? Math.abs(i.y - o.y) : 0;
    return Math.sqrt(Math.pow(l, 2) + Math.pow(s, 2));
  };
}
function vl(t, e, n, i, o) {
  const l = [];
  return !o && !t.isPointInArea(e) || qo(t, n, e, function(r, a, c) {
    !o && !ts(r, t.chartArea, 0) || r.inRange(e.x, e.y, i) && l.push({
      element: r,
      datasetIndex: a,
      index: c
    });
  }, !0), l;
}
function a4(t, e, n, i) {
  let o = [];
  function l(s, r, a) {
    const { startAngle: c, endAngle: f } = s.getProps([
      "startAngle",
      "endAngle"
    ], i), { angle: u } = Ag(s, {
      x: e.x,
      y: e.y
    });
    Nu(u, c, f) && o.push({
      element: s,
      datasetIndex: r,
      index: a
    });
  }
  return qo(t, n, e, l), o;
}
function c4(t, e, n, i, o, l) {
  let s = [];
  const r = r4(n);
  let a = Number.POSITIVE_INFINITY;
  function c(f, u, h) {
    const d = f.inRange(e.x, e.y, o);
    if (i && !d)
      return;
    const p = f.getCenterPoint(o);
    if (!(!!l || t.isPointInArea(p)) && !d)
      return;
    const v = r(e, p);
    v < a ? (s = [
      {
        element: f,
        datasetIndex: u,
        index: h
      }
    ], a = v) : v === a && s.push({
      element: f,
      datasetIndex: u,
      index: h
    });
  }
  return qo(t, n, e, c), s;
}
function bl(t, e, n, i, o, l) {
  return !l && !t.isPointInArea(e) ? [] : n === "r" && !i ? a4(t, e, n, o) : c4(t, e, n, i, o, l);
}
function U1(t, e, n, i, o) {
  const l = [], s = n === "x" ? "inXRange" : "inYRange";
  let r = !1;
  return qo(t, n, e, (a, c, f) => {
    a[s] && a[s](e[n], o) && (l.push({
      element: a,
      datasetIndex: c,
      index: f
    }), r = r || a.inRange(e.x, e.y, o));
  }), i && !r ? [] : l;
}
var f4 = {
  modes: {
    index(t, e, n, i) {
      const o = _n(e, t), l = n.axis || "x", s = n.includeInvisible || !1, r = n.intersect ? vl(t, o, l, i, s) : bl(t, o, l, !1, i, s), a = [];
      return r.length ? (t.getSortedVisibleDatasetMetas().forEach((c) => {
        const f = r[0].index, u = c.data[f];
        u && !u.skip && a.push({
          element: u,
          datasetIndex: c.index,
          index: f
        });
      }), a) : [];
    },
    dataset(t, e, n, i) {
      const o = _n(e, t), l = n.axis || "xy", s = n.includeInvisible || !1;
      let r = n.intersect ? vl(t, o, l, i, s) : bl(t, o, l, !1, i, s);
      if (r.length > 0) {
        const a = r[0].datasetIndex, c = t.getDatasetMeta(a).data;
        r = [];
        for (let f = 0; f < c.length; ++f)
          r.push({
            element: c[f],
            datasetIndex: a,
            index: f
          });
      }
      return r;
    },
    point(t, e, n, i) {
      const o = _n(e, t), l = n.axis || "xy", s = n.includeInvisible || !1;
      return vl(t, o, l, i, s);
    },
    nearest(t, e, n, i) {
      const o = _n(e, t), l = n.axis || "xy", s = n.includeInvisible || !1;
      return bl(t, o, l, n.intersect, i, s);
    },
    x(t, e, n, i) {
      const o = _n(e, t);
      return U1(t, o, "x", n.intersect, i);
    },
    y(t, e, n, i) {
      const o = _n(e, t);
      return U1(t, o, "y", n.intersect, i);
    }
  }
};
const qu = [
  "left",
  "top",
  "right",
  "bottom"
];
function Ci(t, e) {
  return t.filter((n) => n.pos === e);
}
function Y1(t, e) {
  return t.filter((n) => qu.indexOf(n.pos) === -1 && n.box.axis === e);
}
function Ni(t, e) {
  return t.sort((n, i) => {
    const o = e ? i : n, l = e ? n : i;
    return o.weight === l.weight ? o.index - l.index : o.weight - l.weight;
  });
}
function u4(t) {
  const e = [];
  let n, i, o, l, s, r;
  for (n = 0, i = (t || []).length; n < i; ++n)
    o = t[n], { position: l, options: { stack: s, stackWeight: r = 1 } } = o, e.push({
      index: n,
      box: o,
      pos: l,
      horizontal: o.isHorizontal(),
      weight: o.weight,
      stack: s && l + s,
      stackWeight: r
    });
  return e;
}
function h4(t) {
  const e = {};
  for (const n of t) {
    const { stack: i, pos: o, stackWeight: l } = n;
    if (!i || !qu.includes(o))
      continue;
    const s = e[i] || (e[i] = {
      count: 0,
      placed: 0,
      weight: 0,
      size: 0
    });
    s.count++, s.weight += l;
  }
  return e;
}
function d4(t, e) {
  const n = h4(t), { vBoxMaxWidth: i, hBoxMaxHeight: o } = e;
  let l, s, r;
  for (l = 0, s = t.length; l < s; ++l) {
    r = t[l];
    const { fullSize: a } = r.box, c = n[r.stack], f = c && r.stackWeight / c.weight;
    r.horizontal ? (r.width = f ? f * i : a && e.availableWidth, r.height = o) : (r.width = i, r.height = f ? f * o : a && e.availableHeight);
  }
  return n;
}
function p4(t) {
  const e = u4(t), n = Ni(e.filter((c) => c.box.fullSize), !0), i = Ni(Ci(e, "left"), !0), o = Ni(Ci(e, "right")), l = Ni(Ci(e, "top"), !0), s = Ni(Ci(e, "bottom")), r = Y1(e, "x"), a = Y1(e, "y");
  return {
    fullSize: n,
    leftAndTop: i.concat(l),
    rightAndBottom: o.concat(a).concat(s).concat(r),
    chartArea: Ci(e, "chartArea"),
    vertical: i.concat(o).concat(a),
    horizontal: l.concat(s).concat(r)
  };
}
function K1(t, e, n, i) {
  return Math.max(t[n], e[n]) + Math.max(t[i], e[i]);
}
function Uu(t, e) {
  t.top = Math.max(t.top, e.top), t.left = Math.max(t.left, e.left), t.bottom = Math.max(t.bottom, e.bottom), t.right = Math.max(t.right, e.right);
}
function g4(t, e, n, i) {
  const { pos: o, box: l } = n, s = t.maxPadding;
  if (!ce(o)) {
    n.size && (t[o] -= n.size);
    const u = i[n.stack] || {
      size: 0,
      count: 1
    };
    u.size = Math.max(u.size, n.horizontal ? l.height : l.width), n.size = u.size / u.count, t[o] += n.size;
  }
  l.getPadding && Uu(s, l.getPadding());
  const r = Math.max(0, e.outerWidth - K1(s, t, "left", "right")), a = Math.max(0, e.outerHeight - K1(s, t, "top", "bottom")), c = r !== t.w, f = a !== t.h;
  return t.w = r, t.h = a, n.horizontal ? {
    same: c,
    other: f
  } : {
    same: f,
    other: c
  };
}
function m4(t) {
  const e = t.maxPadding;
  function n(i) {
    const o = Math.max(e[i] - t[i], 0);
    return t[i] += o, o;
  }
  t.y += n("top"), t.x += n("left"), n("right"), n("bottom");
}
function v4(t, e) {
  const n = e.maxPadding;
  function i(o) {
    const l = {
      left: 0,
      top: 0,
      right: 0,
      bottom: 0
    };
    return o.forEach((s) => {
      l[s] = Math.max(e[s], n[s]);
    }), l;
  }
  return i(t ? [
    "left",
    "right"
  ] : [
    "top",
    "bottom"
  ]);
}
function Pi(t, e, n, i) {
  const o = [];
  let l, s, r, a, c, f;
  for (l = 0, s = t.length, c = 0; l < s; ++l) {
    r = t[l], a = r.box, a.update(r.width || e.w, r.height || e.h, v4(r.horizontal, e));
    const { same: u, other: h } = g4(e, n, r, i);
    c |= u && o.length, f = f || h, a.fullSize || o.push(r);
  }
  return c && Pi(o, e, n, i) || f;
}
function Os(t, e, n, i, o) {
  t.top = n, t.left = e, t.right = e + i, t.bottom = n + o, t.width = i, t.height = o;
}
function X1(t, e, n, i) {
  const o = n.padding;
  let { x: l, y: s } = e;
  for (const r of t) {
    const a = r.box, c = i[r.stack] || {
      placed: 0,
      weight: 1
    }, f = r.stackWeight / c.weight || 1;
    if (r.horizontal) {
      const u = e.w * f, h = c.size || a.height;
      _o(c.start) && (s = c.start), a.fullSize ? Os(a, o.left, s, n.outerWidth - o.right - o.left, h) : Os(a, e.left + c.placed, s, u, h), c.start = s, c.placed += u, s = a.bottom;
    } else {
      const u = e.h * f, h = c.size || a.width;
      _o(c.start) && (l = c.start), a.fullSize ? Os(a, l, o.top, h, n.outerHeight - o.bottom - o.top) : Os(a, l, e.top + c.placed, h, u), c.start = l, c.placed += u, l = a.right;
    }
  }
  e.x = l, e.y = s;
}
var Ss = {
  addBox(t, e) {
    t.boxes || (t.boxes = []), e.fullSize = e.fullSize || !1, e.position = e.position || "top", e.weight = e.weight || 0, e._layers = e._layers || function() {
      return [
        {
          z: 0,
          draw(n) {
            e.draw(n);
          }
        }
      ];
    }, t.boxes.push(e);
  },
  removeBox(t, e) {
    const n = t.boxes ? t.boxes.indexOf(e) : -1;
    n !== -1 && t.boxes.splice(n, 1);
  },
  configure(t, e, n) {
    e.fullSize = n.fullSize, e.position = n.position, e.weight = n.weight;
  },
  update(t, e, n, i) {
    if (!t)
      return;
    const o = pn(t.options.layout.padding), l = Math.max(e - o.width, 0), s = Math.max(n - o.height, 0), r = p4(t.boxes), a = r.vertical, c = r.horizontal;
    he(t.boxes, (m) => {
      typeof m.beforeLayout == "function" && m.beforeLayout();
    });
    const f = a.reduce((m, v) => v.box.options && v.box.options.display === !1 ? m : m + 1, 0) || 1, u = Object.freeze({
      outerWidth: e,
      outerHeight: n,
      padding: o,
      availableWidth: l,
      availableHeight: s,
      vBoxMaxWidth: l / 2 / f,
      hBoxMaxHeight: s / 2
    }), h = Object.assign({}, o);
    Uu(h, pn(i));
    const d = Object.assign({
      maxPadding: h,
      w: l,
      h: s,
      x: o.left,
      y: o.top
    }, o), p = d4(a.concat(c), u);
    Pi(r.fullSize, d, u, p), Pi(a, d, u, p), Pi(c, d, u, p) && Pi(a, d, u, p), m4(d), X1(r.leftAndTop, d, u, p), d.x += d.w, d.y += d.h, X1(r.rightAndBottom, d, u, p), t.chartArea = {
      left: d.left,
      top: d.top,
      right: d.left + d.w,
      bottom: d.top + d.h,
      height: d.h,
      width: d.w
    }, he(r.chartArea, (m) => {
      const v = m.box;
      Object.assign(v, t.chartArea), v.update(d.w, d.h, {
        left: 0,
        top: 0,
        right: 0,
        bottom: 0
      });
    });
  }
};
class Yu {
  acquireContext(e, n) {
  }
  releaseContext(e) {
    return !1;
  }
  addEventListener(e, n, i) {
  }
  removeEventListener(e, n, i) {
  }
  getDevicePixelRatio() {
    return 1;
  }
  getMaximumSize(e, n, i, o) {
    return n = Math.max(0, n || e.width), i = i || e.height, {
      width: n,
      height: Math.max(0, o ? Math.floor(n / o) : i)
    };
  }
  isAttached(e) {
    return !0;
  }
  updateConfig(e) {
  }
}
class b4 extends Yu {
  acquireContext(e) {
    return e && e.getContext && e.getContext("2d") || null;
  }
  updateConfig(e) {
    e.options.animation = !1;
  }
}
const to = "$chartjs", y4 = {
  touchstart: "mousedown",
  touchmove: "mousemove",
  touchend: "mouseup",
  pointerenter: "mouseenter",
  pointerdown: "mousedown",
  pointermove: "mousemove",
  pointerup: "mouseup",
  pointerleave: "mouseout",
  pointerout: "mouseout"
}, Z1 = (t) => t === null || t === "";
function k4(t, e) {
  const n = t.style, i = t.getAttribute("height"), o = t.getAttribute("width");
  if (t[to] = {
    initial: {
      height: i,
      width: o,
      style: {
        display: n.display,
        height: n.height,
        width: n.width
      }
    }
  }, n.display = n.display || "block", n.boxSizing = n.boxSizing || "border-box", Z1(o)) {
    const l = L1(t, "width");
    l !== void 0 && (t.width = l);
  }
  if (Z1(i))
    if (t.style.height === "")
      t.height = t.width / (e || 2);
    else {
      const l = L1(t, "height");
      l !== void 0 && (t.height = l);
    }
  return t;
}
const Ku = F0 ? {
  passive: !0
} : !1;
function w4(t, e, n) {
  t && t.addEventListener(e, n, Ku);
}
function x4(t, e, n) {
  t && t.canvas && t.canvas.removeEventListener(e, n, Ku);
}
function M4(t, e) {
  const n = y4[t.type] || t.type, { x: i, y: o } = _n(t, e);
  return {
    type: n,
    chart: e,
    native: t,
    x: i !== void 0 ? i : null,
    y: o !== void 0 ? o : null
  };
}
function So(t, e) {
  for (const n of t)
    if (n === e || n.contains(e))
      return !0;
}
function D4(t, e, n) {
  const i = t.canvas, o = new MutationObserver((l) => {
    let s = !1;
    for (const r of l)
      s = s || So(r.addedNodes, i), s = s && !So(r.removedNodes, i);
    s && n();
  });
  return o.observe(document, {
    childList: !0,
    subtree: !0
  }), o;
}
function E4(t, e, n) {
  const i = t.canvas, o = new MutationObserver((l) => {
    let s = !1;
    for (const r of l)
      s = s || So(r.removedNodes, i), s = s && !So(r.addedNodes, i);
    s && n();
  });
  return o.observe(document, {
    childList: !0,
    subtree: !0
  }), o;
}
const ns = /* @__PURE__ */ new Map();
let Q1 = 0;
function Xu() {
  const t = window.devicePixelRatio;
  t !== Q1 && (Q1 = t, ns.forEach((e, n) => {
    n.currentDevicePixelRatio !== t && e();
  }));
}
function _4(t, e) {
  ns.size || window.addEventListener("resize", Xu), ns.set(t, e);
}
function C4(t) {
  ns.delete(t), ns.size || window.removeEventListener("resize", Xu);
}
function N4(t, e, n) {
  const i = t.canvas, o = i && Zr(i);
  if (!o)
    return;
  const l = Fu((r, a) => {
    const c = o.clientWidth;
    n(r, a), c < o.clientWidth && n();
  }, window), s = new ResizeObserver((r) => {
    const a = r[0], c = a.contentRect.width, f = a.contentRect.height;
    c === 0 && f === 0 || l(c, f);
  });
  return s.observe(o), _4(t, l), s;
}
function yl(t, e, n) {
  n && n.disconnect(), e === "resize" && C4(t);
}
function O4(t, e, n) {
  const i = t.canvas, o = Fu((l) => {
    t.ctx !== null && n(M4(l, t));
  }, t);
  return w4(i, e, o), o;
}
class S4 extends Yu {
  acquireContext(e, n) {
    const i = e && e.getContext && e.getContext("2d");
    return i && i.canvas === e ? (k4(e, n), i) : null;
  }
  releaseContext(e) {
    const n = e.canvas;
    if (!n[to])
      return !1;
    const i = n[to].initial;
    [
      "height",
      "width"
    ].forEach((l) => {
      const s = i[l];
      Me(s) ? n.removeAttribute(l) : n.setAttribute(l, s);
    });
    const o = i.style || {};
    return Object.keys(o).forEach((l) => {
      n.style[l] = o[l];
    }), n.width = n.width, delete n[to], !0;
  }
  addEventListener(e, n, i) {
    this.removeEventListener(e, n);
    const o = e.$proxies || (e.$proxies = {}), s = {
      attach: D4,
      detach: E4,
      resize: N4
    }[n] || O4;
    o[n] = s(e, n, i);
  }
  removeEventListener(e, n) {
    const i = e.$proxies || (e.$proxies = {}), o = i[n];
    if (!o)
      return;
    ({
      attach: yl,
      detach: yl,
      resize: yl
    }[n] || x4)(e, n, o), i[n] = void 0;
  }
  getDevicePixelRatio() {
    return window.devicePixelRatio;
  }
  getMaximumSize(e, n, i, o) {
    return R0(e, n, i, o);
  }
  isAttached(e) {
    const n = e && Zr(e);
    return !!(n && n.isConnected);
  }
}
function R4(t) {
  return !Xr() || typeof OffscreenCanvas < "u" && t instanceof OffscreenCanvas ? b4 : S4;
}
var Hs;
let hs = (Hs = class {
  constructor() {
    le(this, "x");
    le(this, "y");
    le(this, "active", !1);
    le(this, "options");
    le(this, "$animations");
  }
  tooltipPosition(e) {
    const { x: n, y: i } = this.getProps([
      "x",
      "y"
    ], e);
    return {
      x: n,
      y: i
    };
  }
  hasValue() {
    return No(this.x) && No(this.y);
  }
  getProps(e, n) {
    const i = this.$animations;
    if (!n || !i)
      return this;
    const o = {};
    return e.forEach((l) => {
      o[l] = i[l] && i[l].active() ? i[l]._to : this[l];
    }), o;
  }
}, le(Hs, "defaults", {}), le(Hs, "defaultRoutes"), Hs);
function F4(t, e) {
  const n = t.options.ticks, i = A4(t), o = Math.min(n.maxTicksLimit || i, i), l = n.major.enabled ? T4(e) : [], s = l.length, r = l[0], a = l[s - 1], c = [];
  if (s > o)
    return V4(e, c, l, s / o), c;
  const f = P4(l, e, o);
  if (s > 0) {
    let u, h;
    const d = s > 1 ? Math.round((a - r) / (s - 1)) : null;
    for (Rs(e, c, f, Me(d) ? 0 : r - d, r), u = 0, h = s - 1; u < h; u++)
      Rs(e, c, f, l[u], l[u + 1]);
    return Rs(e, c, f, a, Me(d) ? e.length : a + d), c;
  }
  return Rs(e, c, f), c;
}
function A4(t) {
  const e = t.options.offset, n = t._tickSize(), i = t._length / n + (e ? 0 : 1), o = t._maxLength / n;
  return Math.floor(Math.min(i, o));
}
function P4(t, e, n) {
  const i = L4(t), o = e.length / n;
  if (!i)
    return Math.max(o, 1);
  const l = Og(i);
  for (let s = 0, r = l.length - 1; s < r; s++) {
    const a = l[s];
    if (a > o)
      return a;
  }
  return Math.max(o, 1);
}
function T4(t) {
  const e = [];
  let n, i;
  for (n = 0, i = t.length; n < i; n++)
    t[n].major && e.push(n);
  return e;
}
function V4(t, e, n, i) {
  let o = 0, l = n[0], s;
  for (i = Math.ceil(i), s = 0; s < t.length; s++)
    s === l && (e.push(t[s]), o++, l = n[o * i]);
}
function Rs(t, e, n, i, o) {
  const l = pe(i, 0), s = Math.min(pe(o, t.length), t.length);
  let r = 0, a, c, f;
  for (n = Math.ceil(n), o && (a = o - i, n = a / Math.floor(a / n)), f = l; f < 0; )
    r++, f = Math.round(l + r * n);
  for (c = Math.max(l, 0); c < s; c++)
    c === f && (e.push(t[c]), r++, f = Math.round(l + r * n));
}
function L4(t) {
  const e = t.length;
  let n, i;
  if (e < 2)
    return !1;
  for (i = t[0], n = 1; n < e; ++n)
    if (t[n] - t[n - 1] !== i)
      return !1;
  return i;
}
const I4 = (t) => t === "left" ? "right" : t === "right" ? "left" : t, J1 = (t, e, n) => e === "top" || e === "left" ? t[e] + n : t[e] - n, ec = (t, e) => Math.min(e || t, t);
function tc(t, e) {
  const n = [], i = t.length / e, o = t.length;
  let l = 0;
  for (; l < o; l += i)
    n.push(t[Math.floor(l)]);
  return n;
}
function $4(t, e, n) {
  const i = t.ticks.length, o = Math.min(e, i - 1), l = t._startPixel, s = t._endPixel, r = 1e-6;
  let a = t.getPixelForTick(o), c;
  if (!(n && (i === 1 ? c = Math.max(a - l, s - a) : e === 0 ? c = (t.getPixelForTick(1) - a) / 2 : c = (a - t.getPixelForTick(o - 1)) / 2, a += o < e ? c : -c, a < l - r || a > s + r)))
    return a;
}
function z4(t, e) {
  he(t, (n) => {
    const i = n.gc, o = i.length / 2;
    let l;
    if (o > e) {
      for (l = 0; l < o; ++l)
        delete n.data[i[l]];
      i.splice(0, o);
    }
  });
}
function Oi(t) {
  return t.drawTicks ? t.tickLength : 0;
}
function nc(t, e) {
  if (!t.display)
    return 0;
  const n = Pt(t.font, e), i = pn(t.padding);
  return (Ae(t.text) ? t.text.length : 1) * n.lineHeight + i.height;
}
function B4(t, e) {
  return jn(t, {
    scale: e,
    type: "scale"
  });
}
function H4(t, e, n) {
  return jn(t, {
    tick: n,
    index: e,
    type: "tick"
  });
}
function j4(t, e, n) {
  let i = Bg(t);
  return (n && e !== "right" || !n && e === "right") && (i = I4(i)), i;
}
function W4(t, e, n, i) {
  const { top: o, left: l, bottom: s, right: r, chart: a } = t, { chartArea: c, scales: f } = a;
  let u = 0, h, d, p;
  const m = s - o, v = r - l;
  if (t.isHorizontal()) {
    if (d = E1(i, l, r), ce(n)) {
      const y = Object.keys(n)[0], C = n[y];
      p = f[y].getPixelForValue(C) + m - e;
    } else n === "center" ? p = (c.bottom + c.top) / 2 + m - e : p = J1(t, n, e);
    h = r - l;
  } else {
    if (ce(n)) {
      const y = Object.keys(n)[0], C = n[y];
      d = f[y].getPixelForValue(C) - v + e;
    } else n === "center" ? d = (c.left + c.right) / 2 - v + e : d = J1(t, n, e);
    p = E1(i, s, o), u = n === "left" ? -mt : mt;
  }
  return {
    titleX: d,
    titleY: p,
    maxWidth: h,
    rotation: u
  };
}
class pi extends hs {
  constructor(e) {
    super(), this.id = e.id, this.type = e.type, this.options = void 0, this.ctx = e.ctx, this.chart = e.chart, this.top = void 0, this.bottom = void 0, this.left = void 0, this.right = void 0, this.width = void 0, this.height = void 0, this._margins = {
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    }, this.maxWidth = void 0, this.maxHeight = void 0, this.paddingTop = void 0, this.paddingBottom = void 0, this.paddingLeft = void 0, this.paddingRight = void 0, this.axis = void 0, this.labelRotation = void 0, this.min = void 0, this.max = void 0, this._range = void 0, this.ticks = [], this._gridLineItems = null, this._labelItems = null, this._labelSizes = null, this._length = 0, this._maxLength = 0, this._longestTextCache = {}, this._startPixel = void 0, this._endPixel = void 0, this._reversePixels = !1, this._userMax = void 0, this._userMin = void 0, this._suggestedMax = void 0, this._suggestedMin = void 0, this._ticksLength = 0, this._borderValue = 0, this._cache = {}, this._dataLimitsCached = !1, this.$context = void 0;
  }
  init(e) {
    this.options = e.setContext(this.getContext()), this.axis = e.axis, this._userMin = this.parse(e.min), this._userMax = this.parse(e.max), this._suggestedMin = this.parse(e.suggestedMin), this._suggestedMax = this.parse(e.suggestedMax);
  }
  parse(e, n) {
    return e;
  }
  getUserBounds() {
    let { _userMin: e, _userMax: n, _suggestedMin: i, _suggestedMax: o } = this;
    return e = Dt(e, Number.POSITIVE_INFINITY), n = Dt(n, Number.NEGATIVE_INFINITY), i = Dt(i, Number.POSITIVE_INFINITY), o = Dt(o, Number.NEGATIVE_INFINITY), {
      min: Dt(e, i),
      max: Dt(n, o),
      minDefined: Ie(e),
      maxDefined: Ie(n)
    };
  }
  getMinMax(e) {
    let { min: n, max: i, minDefined: o, maxDefined: l } = this.getUserBounds(), s;
    if (o && l)
      return {
        min: n,
        max: i
      };
    const r = this.getMatchingVisibleMetas();
    for (let a = 0, c = r.length; a < c; ++a)
      s = r[a].controller.getMinMax(this, e), o || (n = Math.min(n, s.min)), l || (i = Math.max(i, s.max));
    return n = l && n > i ? i : n, i = o && n > i ? n : i, {
      min: Dt(n, Dt(i, n)),
      max: Dt(i, Dt(n, i))
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
    const e = this.chart.data;
    return this.options.labels || (this.isHorizontal() ? e.xLabels : e.yLabels) || e.labels || [];
  }
  getLabelItems(e = this.chart.chartArea) {
    return this._labelItems || (this._labelItems = this._computeLabelItems(e));
  }
  beforeLayout() {
    this._cache = {}, this._dataLimitsCached = !1;
  }
  beforeUpdate() {
    xe(this.options.beforeUpdate, [
      this
    ]);
  }
  update(e, n, i) {
    const { beginAtZero: o, grace: l, ticks: s } = this.options, r = s.sampleSize;
    this.beforeUpdate(), this.maxWidth = e, this.maxHeight = n, this._margins = i = Object.assign({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    }, i), this.ticks = null, this._labelSizes = null, this._gridLineItems = null, this._labelItems = null, this.beforeSetDimensions(), this.setDimensions(), this.afterSetDimensions(), this._maxLength = this.isHorizontal() ? this.width + i.left + i.right : this.height + i.top + i.bottom, this._dataLimitsCached || (this.beforeDataLimits(), this.determineDataLimits(), this.afterDataLimits(), this._range = c0(this, l, o), this._dataLimitsCached = !0), this.beforeBuildTicks(), this.ticks = this.buildTicks() || [], this.afterBuildTicks();
    const a = r < this.ticks.length;
    this._convertTicksToLabels(a ? tc(this.ticks, r) : this.ticks), this.configure(), this.beforeCalculateLabelRotation(), this.calculateLabelRotation(), this.afterCalculateLabelRotation(), s.display && (s.autoSkip || s.source === "auto") && (this.ticks = F4(this, this.ticks), this._labelSizes = null, this.afterAutoSkip()), a && this._convertTicksToLabels(this.ticks), this.beforeFit(), this.fit(), this.afterFit(), this.afterUpdate();
  }
  configure() {
    let e = this.options.reverse, n, i;
    this.isHorizontal() ? (n = this.left, i = this.right) : (n = this.top, i = this.bottom, e = !e), this._startPixel = n, this._endPixel = i, this._reversePixels = e, this._length = i - n, this._alignToPixels = this.options.alignToPixels;
  }
  afterUpdate() {
    xe(this.options.afterUpdate, [
      this
    ]);
  }
  beforeSetDimensions() {
    xe(this.options.beforeSetDimensions, [
      this
    ]);
  }
  setDimensions() {
    this.isHorizontal() ? (this.width = this.maxWidth, this.left = 0, this.right = this.width) : (this.height = this.maxHeight, this.top = 0, this.bottom = this.height), this.paddingLeft = 0, this.paddingTop = 0, this.paddingRight = 0, this.paddingBottom = 0;
  }
  afterSetDimensions() {
    xe(this.options.afterSetDimensions, [
      this
    ]);
  }
  _callHooks(e) {
    this.chart.notifyPlugins(e, this.getContext()), xe(this.options[e], [
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
    xe(this.options.beforeTickToLabelConversion, [
      this
    ]);
  }
  generateTickLabels(e) {
    const n = this.options.ticks;
    let i, o, l;
    for (i = 0, o = e.length; i < o; i++)
      l = e[i], l.label = xe(n.callback, [
        l.value,
        i,
        e
      ], this);
  }
  afterTickToLabelConversion() {
    xe(this.options.afterTickToLabelConversion, [
      this
    ]);
  }
  beforeCalculateLabelRotation() {
    xe(this.options.beforeCalculateLabelRotation, [
      this
    ]);
  }
  calculateLabelRotation() {
    const e = this.options, n = e.ticks, i = ec(this.ticks.length, e.ticks.maxTicksLimit), o = n.minRotation || 0, l = n.maxRotation;
    let s = o, r, a, c;
    if (!this._isVisible() || !n.display || o >= l || i <= 1 || !this.isHorizontal()) {
      this.labelRotation = o;
      return;
    }
    const f = this._getLabelSizes(), u = f.widest.width, h = f.highest.height, d = At(this.chart.width - u, 0, this.maxWidth);
    r = e.offset ? this.maxWidth / i : d / (i - 1), u + 6 > r && (r = d / (i - (e.offset ? 0.5 : 1)), a = this.maxHeight - Oi(e.grid) - n.padding - nc(e.title, this.chart.options.font), c = Math.sqrt(u * u + h * h), s = Fg(Math.min(Math.asin(At((f.highest.height + 6) / r, -1, 1)), Math.asin(At(a / c, -1, 1)) - Math.asin(At(h / c, -1, 1)))), s = Math.max(o, Math.min(l, s))), this.labelRotation = s;
  }
  afterCalculateLabelRotation() {
    xe(this.options.afterCalculateLabelRotation, [
      this
    ]);
  }
  afterAutoSkip() {
  }
  beforeFit() {
    xe(this.options.beforeFit, [
      this
    ]);
  }
  fit() {
    const e = {
      width: 0,
      height: 0
    }, { chart: n, options: { ticks: i, title: o, grid: l } } = this, s = this._isVisible(), r = this.isHorizontal();
    if (s) {
      const a = nc(o, n.options.font);
      if (r ? (e.width = this.maxWidth, e.height = Oi(l) + a) : (e.height = this.maxHeight, e.width = Oi(l) + a), i.display && this.ticks.length) {
        const { first: c, last: f, widest: u, highest: h } = this._getLabelSizes(), d = i.padding * 2, p = On(this.labelRotation), m = Math.cos(p), v = Math.sin(p);
        if (r) {
          const y = i.mirror ? 0 : v * u.width + m * h.height;
          e.height = Math.min(this.maxHeight, e.height + y + d);
        } else {
          const y = i.mirror ? 0 : m * u.width + v * h.height;
          e.width = Math.min(this.maxWidth, e.width + y + d);
        }
        this._calculatePadding(c, f, v, m);
      }
    }
    this._handleMargins(), r ? (this.width = this._length = n.width - this._margins.left - this._margins.right, this.height = e.height) : (this.width = e.width, this.height = this._length = n.height - this._margins.top - this._margins.bottom);
  }
  _calculatePadding(e, n, i, o) {
    const { ticks: { align: l, padding: s }, position: r } = this.options, a = this.labelRotation !== 0, c = r !== "top" && this.axis === "x";
    if (this.isHorizontal()) {
      const f = this.getPixelForTick(0) - this.left, u = this.right - this.getPixelForTick(this.ticks.length - 1);
      let h = 0, d = 0;
      a ? c ? (h = o * e.width, d = i * n.height) : (h = i * e.height, d = o * n.width) : l === "start" ? d = n.width : l === "end" ? h = e.width : l !== "inner" && (h = e.width / 2, d = n.width / 2), this.paddingLeft = Math.max((h - f + s) * this.width / (this.width - f), 0), this.paddingRight = Math.max((d - u + s) * this.width / (this.width - u), 0);
    } else {
      let f = n.height / 2, u = e.height / 2;
      l === "start" ? (f = 0, u = e.height) : l === "end" && (f = n.height, u = 0), this.paddingTop = f + s, this.paddingBottom = u + s;
    }
  }
  _handleMargins() {
    this._margins && (this._margins.left = Math.max(this.paddingLeft, this._margins.left), this._margins.top = Math.max(this.paddingTop, this._margins.top), this._margins.right = Math.max(this.paddingRight, this._margins.right), this._margins.bottom = Math.max(this.paddingBottom, this._margins.bottom));
  }
  afterFit() {
    xe(this.options.afterFit, [
      this
    ]);
  }
  isHorizontal() {
    const { axis: e, position: n } = this.options;
    return n === "top" || n === "bottom" || e === "x";
  }
  isFullSize() {
    return this.options.fullSize;
  }
  _convertTicksToLabels(e) {
    this.beforeTickToLabelConversion(), this.generateTickLabels(e);
    let n, i;
    for (n = 0, i = e.length; n < i; n++)
      Me(e[n].label) && (e.splice(n, 1), i--, n--);
    this.afterTickToLabelConversion();
  }
  _getLabelSizes() {
    let e = this._labelSizes;
    if (!e) {
      const n = this.options.ticks.sampleSize;
      let i = this.ticks;
      n < i.length && (i = tc(i, n)), this._labelSizes = e = this._computeLabelSizes(i, i.length, this.options.ticks.maxTicksLimit);
    }
    return e;
  }
  _computeLabelSizes(e, n, i) {
    const { ctx: o, _longestTextCache: l } = this, s = [], r = [], a = Math.floor(n / ec(n, i));
    let c = 0, f = 0, u, h, d, p, m, v, y, C, N, P, M;
    for (u = 0; u < n; u += a) {
      if (p = e[u].label, m = this._resolveTickFontOptions(u), o.font = v = m.string, y = l[v] = l[v] || {
        data: {},
        gc: []
      }, C = m.lineHeight, N = P = 0, !Me(p) && !Ae(p))
        N = S1(o, y.data, y.gc, N, p), P = C;
      else if (Ae(p))
        for (h = 0, d = p.length; h < d; ++h)
          M = p[h], !Me(M) && !Ae(M) && (N = S1(o, y.data, y.gc, N, M), P += C);
      s.push(N), r.push(P), c = Math.max(N, c), f = Math.max(P, f);
    }
    z4(l, n);
    const O = s.indexOf(c), x = r.indexOf(f), _ = (S) => ({
      width: s[S] || 0,
      height: r[S] || 0
    });
    return {
      first: _(0),
      last: _(n - 1),
      widest: _(O),
      highest: _(x),
      widths: s,
      heights: r
    };
  }
  getLabelForValue(e) {
    return e;
  }
  getPixelForValue(e, n) {
    return NaN;
  }
  getValueForPixel(e) {
  }
  getPixelForTick(e) {
    const n = this.ticks;
    return e < 0 || e > n.length - 1 ? null : this.getPixelForValue(n[e].value);
  }
  getPixelForDecimal(e) {
    this._reversePixels && (e = 1 - e);
    const n = this._startPixel + e * this._length;
    return Tg(this._alignToPixels ? xn(this.chart, n, 0) : n);
  }
  getDecimalForPixel(e) {
    const n = (e - this._startPixel) / this._length;
    return this._reversePixels ? 1 - n : n;
  }
  getBasePixel() {
    return this.getPixelForValue(this.getBaseValue());
  }
  getBaseValue() {
    const { min: e, max: n } = this;
    return e < 0 && n < 0 ? n : e > 0 && n > 0 ? e : 0;
  }
  getContext(e) {
    const n = this.ticks || [];
    if (e >= 0 && e < n.length) {
      const i = n[e];
      return i.$context || (i.$context = H4(this.getContext(), e, i));
    }
    return this.$context || (this.$context = B4(this.chart.getContext(), this));
  }
  _tickSize() {
    const e = this.options.ticks, n = On(this.labelRotation), i = Math.abs(Math.cos(n)), o = Math.abs(Math.sin(n)), l = this._getLabelSizes(), s = e.autoSkipPadding || 0, r = l ? l.widest.width + s : 0, a = l ? l.highest.height + s : 0;
    return this.isHorizontal() ? a * i > r * o ? r / i : a / o : a * o < r * i ? a / i : r / o;
  }
  _isVisible() {
    const e = this.options.display;
    return e !== "auto" ? !!e : this.getMatchingVisibleMetas().length > 0;
  }
  _computeGridLineItems(e) {
    const n = this.axis, i = this.chart, o = this.options, { grid: l, position: s, border: r } = o, a = l.offset, c = this.isHorizontal(), u = this.ticks.length + (a ? 1 : 0), h = Oi(l), d = [], p = r.setContext(this.getContext()), m = p.display ? p.width : 0, v = m / 2, y = function(ee) {
      return xn(i, ee, m);
    };
    let C, N, P, M, O, x, _, S, $, A, j, U;
    if (s === "top")
      C = y(this.bottom), x = this.bottom - h, S = C - v, A = y(e.top) + v, U = e.bottom;
    else if (s === "bottom")
      C = y(this.top), A = e.top, U = y(e.bottom) - v, x = C + v, S = this.top + h;
    else if (s === "left")
      C = y(this.right), O = this.right - h, _ = C - v, $ = y(e.left) + v, j = e.right;
    else if (s === "right")
      C = y(this.left), $ = e.left, j = y(e.right) - v, O = C + v, _ = this.left + h;
    else if (n === "x") {
      if (s === "center")
        C = y((e.top + e.bottom) / 2 + 0.5);
      else if (ce(s)) {
        const ee = Object.keys(s)[0], G = s[ee];
        C = y(this.chart.scales[ee].getPixelForValue(G));
      }
      A = e.top, U = e.bottom, x = C + v, S = x + h;
    } else if (n === "y") {
      if (s === "center")
        C = y((e.left + e.right) / 2);
      else if (ce(s)) {
        const ee = Object.keys(s)[0], G = s[ee];
        C = y(this.chart.scales[ee].getPixelForValue(G));
      }
      O = C - v, _ = O - h, $ = e.left, j = e.right;
    }
    const be = pe(o.ticks.maxTicksLimit, u), ne = Math.max(1, Math.ceil(u / be));
    for (N = 0; N < u; N += ne) {
      const ee = this.getContext(N), G = l.setContext(ee), X = r.setContext(ee), ge = G.lineWidth, ut = G.color, st = X.dash || [], $e = X.dashOffset, Re = G.tickWidth, ht = G.tickColor, bn = G.tickBorderDash || [], zt = G.tickBorderDashOffset;
      P = $4(this, N, a), P !== void 0 && (M = xn(i, P, ge), c ? O = _ = $ = j = M : x = S = A = U = M, d.push({
        tx1: O,
        ty1: x,
        tx2: _,
        ty2: S,
        x1: $,
        y1: A,
        x2: j,
        y2: U,
        width: ge,
        color: ut,
        borderDash: st,
        borderDashOffset: $e,
        tickWidth: Re,
        tickColor: ht,
        tickBorderDash: bn,
        tickBorderDashOffset: zt
      }));
    }
    return this._ticksLength = u, this._borderValue = C, d;
  }
  _computeLabelItems(e) {
    const n = this.axis, i = this.options, { position: o, ticks: l } = i, s = this.isHorizontal(), r = this.ticks, { align: a, crossAlign: c, padding: f, mirror: u } = l, h = Oi(i.grid), d = h + f, p = u ? -f : d, m = -On(this.labelRotation), v = [];
    let y, C, N, P, M, O, x, _, S, $, A, j, U = "middle";
    if (o === "top")
      O = this.bottom - p, x = this._getXAxisLabelAlignment();
    else if (o === "bottom")
      O = this.top + p, x = this._getXAxisLabelAlignment();
    else if (o === "left") {
      const ne = this._getYAxisLabelAlignment(h);
      x = ne.textAlign, M = ne.x;
    } else if (o === "right") {
      const ne = this._getYAxisLabelAlignment(h);
      x = ne.textAlign, M = ne.x;
    } else if (n === "x") {
      if (o === "center")
        O = (e.top + e.bottom) / 2 + d;
      else if (ce(o)) {
        const ne = Object.keys(o)[0], ee = o[ne];
        O = this.chart.scales[ne].getPixelForValue(ee) + d;
      }
      x = this._getXAxisLabelAlignment();
    } else if (n === "y") {
      if (o === "center")
        M = (e.left + e.right) / 2 - d;
      else if (ce(o)) {
        const ne = Object.keys(o)[0], ee = o[ne];
        M = this.chart.scales[ne].getPixelForValue(ee);
      }
      x = this._getYAxisLabelAlignment(h).textAlign;
    }
    n === "y" && (a === "start" ? U = "top" : a === "end" && (U = "bottom"));
    const be = this._getLabelSizes();
    for (y = 0, C = r.length; y < C; ++y) {
      N = r[y], P = N.label;
      const ne = l.setContext(this.getContext(y));
      _ = this.getPixelForTick(y) + l.labelOffset, S = this._resolveTickFontOptions(y), $ = S.lineHeight, A = Ae(P) ? P.length : 1;
      const ee = A / 2, G = ne.color, X = ne.textStrokeColor, ge = ne.textStrokeWidth;
      let ut = x;
      s ? (M = _, x === "inner" && (y === C - 1 ? ut = this.options.reverse ? "left" : "right" : y === 0 ? ut = this.options.reverse ? "right" : "left" : ut = "center"), o === "top" ? c === "near" || m !== 0 ? j = -A * $ + $ / 2 : c === "center" ? j = -be.highest.height / 2 - ee * $ + $ : j = -be.highest.height + $ / 2 : c === "near" || m !== 0 ? j = $ / 2 : c === "center" ? j = be.highest.height / 2 - ee * $ : j = be.highest.height - A * $, u && (j *= -1), m !== 0 && !ne.showLabelBackdrop && (M += $ / 2 * Math.sin(m))) : (O = _, j = (1 - A) * $ / 2);
      let st;
      if (ne.showLabelBackdrop) {
        const $e = pn(ne.backdropPadding), Re = be.heights[y], ht = be.widths[y];
        let bn = j - $e.top, zt = 0 - $e.left;
        switch (U) {
          case "middle":
            bn -= Re / 2;
            break;
          case "bottom":
            bn -= Re;
            break;
        }
        switch (x) {
          case "center":
            zt -= ht / 2;
            break;
          case "right":
            zt -= ht;
            break;
          case "inner":
            y === C - 1 ? zt -= ht : y > 0 && (zt -= ht / 2);
            break;
        }
        st = {
          left: zt,
          top: bn,
          width: ht + $e.width,
          height: Re + $e.height,
          color: ne.backdropColor
        };
      }
      v.push({
        label: P,
        font: S,
        textOffset: j,
        options: {
          rotation: m,
          color: G,
          strokeColor: X,
          strokeWidth: ge,
          textAlign: ut,
          textBaseline: U,
          translation: [
            M,
            O
          ],
          backdrop: st
        }
      });
    }
    return v;
  }
  _getXAxisLabelAlignment() {
    const { position: e, ticks: n } = this.options;
    if (-On(this.labelRotation))
      return e === "top" ? "left" : "right";
    let o = "center";
    return n.align === "start" ? o = "left" : n.align === "end" ? o = "right" : n.align === "inner" && (o = "inner"), o;
  }
  _getYAxisLabelAlignment(e) {
    const { position: n, ticks: { crossAlign: i, mirror: o, padding: l } } = this.options, s = this._getLabelSizes(), r = e + l, a = s.widest.width;
    let c, f;
    return n === "left" ? o ? (f = this.right + l, i === "near" ? c = "left" : i === "center" ? (c = "center", f += a / 2) : (c = "right", f += a)) : (f = this.right - r, i === "near" ? c = "right" : i === "center" ? (c = "center", f -= a / 2) : (c = "left", f = this.left)) : n === "right" ? o ? (f = this.left + l, i === "near" ? c = "right" : i === "center" ? (c = "center", f -= a / 2) : (c = "left", f -= a)) : (f = this.left + r, i === "near" ? c = "left" : i === "center" ? (c = "center", f += a / 2) : (c = "right", f = this.right)) : c = "right", {
      textAlign: c,
      x: f
    };
  }
  _computeLabelArea() {
    if (this.options.ticks.mirror)
      return;
    const e = this.chart, n = this.options.position;
    if (n === "left" || n === "right")
      return {
        top: 0,
        left: this.left,
        bottom: e.height,
        right: this.right
      };
    if (n === "top" || n === "bottom")
      return {
        top: this.top,
        left: 0,
        bottom: this.bottom,
        right: e.width
      };
  }
  drawBackground() {
    const { ctx: e, options: { backgroundColor: n }, left: i, top: o, width: l, height: s } = this;
    n && (e.save(), e.fillStyle = n, e.fillRect(i, o, l, s), e.restore());
  }
  getLineWidthForValue(e) {
    const n = this.options.grid;
    if (!this._isVisible() || !n.display)
      return 0;
    const o = this.ticks.findIndex((l) => l.value === e);
    return o >= 0 ? n.setContext(this.getContext(o)).lineWidth : 0;
  }
  drawGrid(e) {
    const n = this.options.grid, i = this.ctx, o = this._gridLineItems || (this._gridLineItems = this._computeGridLineItems(e));
    let l, s;
    const r = (a, c, f) => {
      !f.width || !f.color || (i.save(), i.lineWidth = f.width, i.strokeStyle = f.color, i.setLineDash(f.borderDash || []), i.lineDashOffset = f.borderDashOffset, i.beginPath(), i.moveTo(a.x, a.y), i.lineTo(c.x, c.y), i.stroke(), i.restore());
    };
    if (n.display)
      for (l = 0, s = o.length; l < s; ++l) {
        const a = o[l];
        n.drawOnChartArea && r({
          x: a.x1,
          y: a.y1
        }, {
          x: a.x2,
          y: a.y2
        }, a), n.drawTicks && r({
          x: a.tx1,
          y: a.ty1
        }, {
          x: a.tx2,
          y: a.ty2
        }, {
          color: a.tickColor,
          width: a.tickWidth,
          borderDash: a.tickBorderDash,
          borderDashOffset: a.tickBorderDashOffset
        });
      }
  }
  drawBorder() {
    const { chart: e, ctx: n, options: { border: i, grid: o } } = this, l = i.setContext(this.getContext()), s = i.display ? l.width : 0;
    if (!s)
      return;
    const r = o.setContext(this.getContext(0)).lineWidth, a = this._borderValue;
    let c, f, u, h;
    this.isHorizontal() ? (c = xn(e, this.left, s) - s / 2, f = xn(e, this.right, r) + r / 2, u = h = a) : (u = xn(e, this.top, s) - s / 2, h = xn(e, this.bottom, r) + r / 2, c = f = a), n.save(), n.lineWidth = l.width, n.strokeStyle = l.color, n.beginPath(), n.moveTo(c, u), n.lineTo(f, h), n.stroke(), n.restore();
  }
  drawLabels(e) {
    if (!this.options.ticks.display)
      return;
    const i = this.ctx, o = this._computeLabelArea();
    o && Gr(i, o);
    const l = this.getLabelItems(e);
    for (const s of l) {
      const r = s.options, a = s.font, c = s.label, f = s.textOffset;
      F1(i, c, 0, f, a, r);
    }
    o && qr(i);
  }
  drawTitle() {
    const { ctx: e, options: { position: n, title: i, reverse: o } } = this;
    if (!i.display)
      return;
    const l = Pt(i.font), s = pn(i.padding), r = i.align;
    let a = l.lineHeight / 2;
    n === "bottom" || n === "center" || ce(n) ? (a += s.bottom, Ae(i.text) && (a += l.lineHeight * (i.text.length - 1))) : a += s.top;
    const { titleX: c, titleY: f, maxWidth: u, rotation: h } = W4(this, a, n, r);
    F1(e, i.text, 0, 0, l, {
      color: i.color,
      maxWidth: u,
      rotation: h,
      textAlign: j4(r, n, o),
      textBaseline: "middle",
      translation: [
        c,
        f
      ]
    });
  }
  draw(e) {
    this._isVisible() && (this.drawBackground(), this.drawGrid(e), this.drawBorder(), this.drawTitle(), this.drawLabels(e));
  }
  _layers() {
    const e = this.options, n = e.ticks && e.ticks.z || 0, i = pe(e.grid && e.grid.z, -1), o = pe(e.border && e.border.z, 0);
    return !this._isVisible() || this.draw !== pi.prototype.draw ? [
      {
        z: n,
        draw: (l) => {
          this.draw(l);
        }
      }
    ] : [
      {
        z: i,
        draw: (l) => {
          this.drawBackground(), this.drawGrid(l), this.drawTitle();
        }
      },
      {
        z: o,
        draw: () => {
          this.drawBorder();
        }
      },
      {
        z: n,
        draw: (l) => {
          this.drawLabels(l);
        }
      }
    ];
  }
  getMatchingVisibleMetas(e) {
    const n = this.chart.getSortedVisibleDatasetMetas(), i = this.axis + "AxisID", o = [];
    let l, s;
    for (l = 0, s = n.length; l < s; ++l) {
      const r = n[l];
      r[i] === this.id && (!e || r.type === e) && o.push(r);
    }
    return o;
  }
  _resolveTickFontOptions(e) {
    const n = this.options.ticks.setContext(this.getContext(e));
    return Pt(n.font);
  }
  _maxDigits() {
    const e = this._resolveTickFontOptions(0).lineHeight;
    return (this.isHorizontal() ? this.width : this.height) / e;
  }
}
class Fs {
  constructor(e, n, i) {
    this.type = e, this.scope = n, this.override = i, this.items = /* @__PURE__ */ Object.create(null);
  }
  isForType(e) {
    return Object.prototype.isPrototypeOf.call(this.type.prototype, e.prototype);
  }
  register(e) {
    const n = Object.getPrototypeOf(e);
    let i;
    U4(n) && (i = this.register(n));
    const o = this.items, l = e.id, s = this.scope + "." + l;
    if (!l)
      throw new Error("class does not have id: " + e);
    return l in o || (o[l] = e, G4(e, s, i), this.override && _e.override(e.id, e.overrides)), s;
  }
  get(e) {
    return this.items[e];
  }
  unregister(e) {
    const n = this.items, i = e.id, o = this.scope;
    i in n && delete n[i], o && i in _e[o] && (delete _e[o][i], this.override && delete Hn[i]);
  }
}
function G4(t, e, n) {
  const i = es(/* @__PURE__ */ Object.create(null), [
    n ? _e.get(n) : {},
    _e.get(e),
    t.defaults
  ]);
  _e.set(e, i), t.defaultRoutes && q4(e, t.defaultRoutes), t.descriptors && _e.describe(e, t.descriptors);
}
function q4(t, e) {
  Object.keys(e).forEach((n) => {
    const i = n.split("."), o = i.pop(), l = [
      t
    ].concat(i).join("."), s = e[n].split("."), r = s.pop(), a = s.join(".");
    _e.route(l, o, a, r);
  });
}
function U4(t) {
  return "id" in t && "defaults" in t;
}
class Y4 {
  constructor() {
    this.controllers = new Fs(eo, "datasets", !0), this.elements = new Fs(hs, "elements"), this.plugins = new Fs(Object, "plugins"), this.scales = new Fs(pi, "scales"), this._typedRegistries = [
      this.controllers,
      this.scales,
      this.elements
    ];
  }
  add(...e) {
    this._each("register", e);
  }
  remove(...e) {
    this._each("unregister", e);
  }
  addControllers(...e) {
    this._each("register", e, this.controllers);
  }
  addElements(...e) {
    this._each("register", e, this.elements);
  }
  addPlugins(...e) {
    this._each("register", e, this.plugins);
  }
  addScales(...e) {
    this._each("register", e, this.scales);
  }
  getController(e) {
    return this._get(e, this.controllers, "controller");
  }
  getElement(e) {
    return this._get(e, this.elements, "element");
  }
  getPlugin(e) {
    return this._get(e, this.plugins, "plugin");
  }
  getScale(e) {
    return this._get(e, this.scales, "scale");
  }
  removeControllers(...e) {
    this._each("unregister", e, this.controllers);
  }
  removeElements(...e) {
    this._each("unregister", e, this.elements);
  }
  removePlugins(...e) {
    this._each("unregister", e, this.plugins);
  }
  removeScales(...e) {
    this._each("unregister", e, this.scales);
  }
  _each(e, n, i) {
    [
      ...n
    ].forEach((o) => {
      const l = i || this._getRegistryForType(o);
      i || l.isForType(o) || l === this.plugins && o.id ? this._exec(e, l, o) : he(o, (s) => {
        const r = i || this._getRegistryForType(s);
        this._exec(e, r, s);
      });
    });
  }
  _exec(e, n, i) {
    const o = Hr(e);
    xe(i["before" + o], [], i), n[e](i), xe(i["after" + o], [], i);
  }
  _getRegistryForType(e) {
    for (let n = 0; n < this._typedRegistries.length; n++) {
      const i = this._typedRegistries[n];
      if (i.isForType(e))
        return i;
    }
    return this.plugins;
  }
  _get(e, n, i) {
    const o = n.get(e);
    if (o === void 0)
      throw new Error('"' + e + '" is not a registered ' + i + ".");
    return o;
  }
}
var Ct = /* @__PURE__ */ new Y4();
class K4 {
  constructor() {
    this._init = [];
  }
  notify(e, n, i, o) {
    n === "beforeInit" && (this._init = this._createDescriptors(e, !0), this._notify(this._init, e, "install"));
    const l = o ? this._descriptors(e).filter(o) : this._descriptors(e), s = this._notify(l, e, n, i);
    return n === "afterDestroy" && (this._notify(l, e, "stop"), this._notify(this._init, e, "uninstall")), s;
  }
  _notify(e, n, i, o) {
    o = o || {};
    for (const l of e) {
      const s = l.plugin, r = s[i], a = [
        n,
        o,
        l.options
      ];
      if (xe(r, a, s) === !1 && o.cancelable)
        return !1;
    }
    return !0;
  }
  invalidate() {
    Me(this._cache) || (this._oldCache = this._cache, this._cache = void 0);
  }
  _descriptors(e) {
    if (this._cache)
      return this._cache;
    const n = this._cache = this._createDescriptors(e);
    return this._notifyStateChanges(e), n;
  }
  _createDescriptors(e, n) {
    const i = e && e.config, o = pe(i.options && i.options.plugins, {}), l = X4(i);
    return o === !1 && !n ? [] : Q4(e, l, o, n);
  }
  _notifyStateChanges(e) {
    const n = this._oldCache || [], i = this._cache, o = (l, s) => l.filter((r) => !s.some((a) => r.plugin.id === a.plugin.id));
    this._notify(o(n, i), e, "stop"), this._notify(o(i, n), e, "start");
  }
}
function X4(t) {
  const e = {}, n = [], i = Object.keys(Ct.plugins.items);
  for (let l = 0; l < i.length; l++)
    n.push(Ct.getPlugin(i[l]));
  const o = t.plugins || [];
  for (let l = 0; l < o.length; l++) {
    const s = o[l];
    n.indexOf(s) === -1 && (n.push(s), e[s.id] = !0);
  }
  return {
    plugins: n,
    localIds: e
  };
}
function Z4(t, e) {
  return !e && t === !1 ? null : t === !0 ? {} : t;
}
function Q4(t, { plugins: e, localIds: n }, i, o) {
  const l = [], s = t.getContext();
  for (const r of e) {
    const a = r.id, c = Z4(i[a], o);
    c !== null && l.push({
      plugin: r,
      options: J4(t.config, {
        plugin: r,
        local: n[a]
      }, c, s)
    });
  }
  return l;
}
function J4(t, { plugin: e, local: n }, i, o) {
  const l = t.pluginScopeKeys(e), s = t.getOptionScopes(i, l);
  return n && e.defaults && s.push(e.defaults), t.createResolver(s, o, [
    ""
  ], {
    scriptable: !1,
    indexable: !1,
    allKeys: !0
  });
}
function ir(t, e) {
  const n = _e.datasets[t] || {};
  return ((e.datasets || {})[t] || {}).indexAxis || e.indexAxis || n.indexAxis || "x";
}
function em(t, e) {
  let n = t;
  return t === "_index_" ? n = e : t === "_value_" && (n = e === "x" ? "y" : "x"), n;
}
function tm(t, e) {
  return t === e ? "_index_" : "_value_";
}
function ic(t) {
  if (t === "x" || t === "y" || t === "r")
    return t;
}
function nm(t) {
  if (t === "top" || t === "bottom")
    return "x";
  if (t === "left" || t === "right")
    return "y";
}
function sr(t, ...e) {
  if (ic(t))
    return t;
  for (const n of e) {
    const i = n.axis || nm(n.position) || t.length > 1 && ic(t[0].toLowerCase());
    if (i)
      return i;
  }
  throw new Error(`Cannot determine type of '${t}' axis. Please provide 'axis' or 'position' option.`);
}
function sc(t, e, n) {
  if (n[e + "AxisID"] === t)
    return {
      axis: e
    };
}
function im(t, e) {
  if (e.data && e.data.datasets) {
    const n = e.data.datasets.filter((i) => i.xAxisID === t || i.yAxisID === t);
    if (n.length)
      return sc(t, "x", n[0]) || sc(t, "y", n[0]);
  }
  return {};
}
function sm(t, e) {
  const n = Hn[t.type] || {
    scales: {}
  }, i = e.scales || {}, o = ir(t.type, e), l = /* @__PURE__ */ Object.create(null);
  return Object.keys(i).forEach((s) => {
    const r = i[s];
    if (!ce(r))
      return console.error(`Invalid scale configuration for scale: ${s}`);
    if (r._proxy)
      return console.warn(`Ignoring resolver passed as options for scale: ${s}`);
    const a = sr(s, r, im(s, t), _e.scales[r.type]), c = tm(a, o), f = n.scales || {};
    l[s] = Hi(/* @__PURE__ */ Object.create(null), [
      {
        axis: a
      },
      r,
      f[a],
      f[c]
    ]);
  }), t.data.datasets.forEach((s) => {
    const r = s.type || t.type, a = s.indexAxis || ir(r, e), f = (Hn[r] || {}).scales || {};
    Object.keys(f).forEach((u) => {
      const h = em(u, a), d = s[h + "AxisID"] || h;
      l[d] = l[d] || /* @__PURE__ */ Object.create(null), Hi(l[d], [
        {
          axis: h
        },
        i[d],
        f[u]
      ]);
    });
  }), Object.keys(l).forEach((s) => {
    const r = l[s];
    Hi(r, [
      _e.scales[r.type],
      _e.scale
    ]);
  }), l;
}
function Zu(t) {
  const e = t.options || (t.options = {});
  e.plugins = pe(e.plugins, {}), e.scales = sm(t, e);
}
function Qu(t) {
  return t = t || {}, t.datasets = t.datasets || [], t.labels = t.labels || [], t;
}
function om(t) {
  return t = t || {}, t.data = Qu(t.data), Zu(t), t;
}
const oc = /* @__PURE__ */ new Map(), Ju = /* @__PURE__ */ new Set();
function As(t, e) {
  let n = oc.get(t);
  return n || (n = e(), oc.set(t, n), Ju.add(n)), n;
}
const Si = (t, e, n) => {
  const i = Eo(e, n);
  i !== void 0 && t.add(i);
};
class lm {
  constructor(e) {
    this._config = om(e), this._scopeCache = /* @__PURE__ */ new Map(), this._resolverCache = /* @__PURE__ */ new Map();
  }
  get platform() {
    return this._config.platform;
  }
  get type() {
    return this._config.type;
  }
  set type(e) {
    this._config.type = e;
  }
  get data() {
    return this._config.data;
  }
  set data(e) {
    this._config.data = Qu(e);
  }
  get options() {
    return this._config.options;
  }
  set options(e) {
    this._config.options = e;
  }
  get plugins() {
    return this._config.plugins;
  }
  update() {
    const e = this._config;
    this.clearCache(), Zu(e);
  }
  clearCache() {
    this._scopeCache.clear(), this._resolverCache.clear();
  }
  datasetScopeKeys(e) {
    return As(e, () => [
      [
        `datasets.${e}`,
        ""
      ]
    ]);
  }
  datasetAnimationScopeKeys(e, n) {
    return As(`${e}.transition.${n}`, () => [
      [
        `datasets.${e}.transitions.${n}`,
        `transitions.${n}`
      ],
      [
        `datasets.${e}`,
        ""
      ]
    ]);
  }
  datasetElementScopeKeys(e, n) {
    return As(`${e}-${n}`, () => [
      [
        `datasets.${e}.elements.${n}`,
        `datasets.${e}`,
        `elements.${n}`,
        ""
      ]
    ]);
  }
  pluginScopeKeys(e) {
    const n = e.id, i = this.type;
    return As(`${i}-plugin-${n}`, () => [
      [
        `plugins.${n}`,
        ...e.additionalOptionScopes || []
      ]
    ]);
  }
  _cachedScopes(e, n) {
    const i = this._scopeCache;
    let o = i.get(e);
    return (!o || n) && (o = /* @__PURE__ */ new Map(), i.set(e, o)), o;
  }
  getOptionScopes(e, n, i) {
    const { options: o, type: l } = this, s = this._cachedScopes(e, i), r = s.get(n);
    if (r)
      return r;
    const a = /* @__PURE__ */ new Set();
    n.forEach((f) => {
      e && (a.add(e), f.forEach((u) => Si(a, e, u))), f.forEach((u) => Si(a, o, u)), f.forEach((u) => Si(a, Hn[l] || {}, u)), f.forEach((u) => Si(a, _e, u)), f.forEach((u) => Si(a, tr, u));
    });
    const c = Array.from(a);
    return c.length === 0 && c.push(/* @__PURE__ */ Object.create(null)), Ju.has(n) && s.set(n, c), c;
  }
  chartOptionScopes() {
    const { options: e, type: n } = this;
    return [
      e,
      Hn[n] || {},
      _e.datasets[n] || {},
      {
        type: n
      },
      _e,
      tr
    ];
  }
  resolveNamedOptions(e, n, i, o = [
    ""
  ]) {
    const l = {
      $shared: !0
    }, { resolver: s, subPrefixes: r } = lc(this._resolverCache, e, o);
    let a = s;
    if (am(s, n)) {
      l.$shared = !1, i = dn(i) ? i() : i;
      const c = this.createResolver(e, i, r);
      a = ci(s, i, c);
    }
    for (const c of n)
      l[c] = a[c];
    return l;
  }
  createResolver(e, n, i = [
    ""
  ], o) {
    const { resolver: l } = lc(this._resolverCache, e, i);
    return ce(n) ? ci(l, n, void 0, o) : l;
  }
}
function lc(t, e, n) {
  let i = t.get(e);
  i || (i = /* @__PURE__ */ new Map(), t.set(e, i));
  const o = n.join();
  let l = i.get(o);
  return l || (l = {
    resolver: Ur(e, n),
    subPrefixes: n.filter((r) => !r.toLowerCase().includes("hover"))
  }, i.set(o, l)), l;
}
const rm = (t) => ce(t) && Object.getOwnPropertyNames(t).some((e) => dn(t[e]));
function am(t, e) {
  const { isScriptable: n, isIndexable: i } = Vu(t);
  for (const o of e) {
    const l = n(o), s = i(o), r = (s || l) && t[o];
    if (l && (dn(r) || rm(r)) || s && Ae(r))
      return !0;
  }
  return !1;
}
var cm = "4.4.7";
const fm = [
  "top",
  "bottom",
  "left",
  "right",
  "chartArea"
];
function rc(t, e) {
  return t === "top" || t === "bottom" || fm.indexOf(t) === -1 && e === "x";
}
function ac(t, e) {
  return function(n, i) {
    return n[t] === i[t] ? n[e] - i[e] : n[t] - i[t];
  };
}
function cc(t) {
  const e = t.chart, n = e.options.animation;
  e.notifyPlugins("afterRender"), xe(n && n.onComplete, [
    t
  ], e);
}
function um(t) {
  const e = t.chart, n = e.options.animation;
  xe(n && n.onProgress, [
    t
  ], e);
}
function eh(t) {
  return Xr() && typeof t == "string" ? t = document.getElementById(t) : t && t.length && (t = t[0]), t && t.canvas && (t = t.canvas), t;
}
const no = {}, fc = (t) => {
  const e = eh(t);
  return Object.values(no).filter((n) => n.canvas === e).pop();
};
function hm(t, e, n) {
  const i = Object.keys(t);
  for (const o of i) {
    const l = +o;
    if (l >= e) {
      const s = t[o];
      delete t[o], (n > 0 || l > e) && (t[l + n] = s);
    }
  }
}
function dm(t, e, n, i) {
  return !n || t.type === "mouseout" ? null : i ? e : t;
}
function Ps(t, e, n) {
  return t.options.clip ? t[n] : e[n];
}
function pm(t, e) {
  const { xScale: n, yScale: i } = t;
  return n && i ? {
    left: Ps(n, e, "left"),
    right: Ps(n, e, "right"),
    top: Ps(i, e, "top"),
    bottom: Ps(i, e, "bottom")
  } : e;
}
class ln {
  static register(...e) {
    Ct.add(...e), uc();
  }
  static unregister(...e) {
    Ct.remove(...e), uc();
  }
  constructor(e, n) {
    const i = this.config = new lm(n), o = eh(e), l = fc(o);
    if (l)
      throw new Error("Canvas is already in use. Chart with ID '" + l.id + "' must be destroyed before the canvas with ID '" + l.canvas.id + "' can be reused.");
    const s = i.createResolver(i.chartOptionScopes(), this.getContext());
    this.platform = new (i.platform || R4(o))(), this.platform.updateConfig(i);
    const r = this.platform.acquireContext(o, s.aspectRatio), a = r && r.canvas, c = a && a.height, f = a && a.width;
    if (this.id = kg(), this.ctx = r, this.canvas = a, this.width = f, this.height = c, this._options = s, this._aspectRatio = this.aspectRatio, this._layers = [], this._metasets = [], this._stacks = void 0, this.boxes = [], this.currentDevicePixelRatio = void 0, this.chartArea = void 0, this._active = [], this._lastEvent = void 0, this._listeners = {}, this._responsiveListeners = void 0, this._sortedMetasets = [], this.scales = {}, this._plugins = new K4(), this.$proxies = {}, this._hiddenIndices = {}, this.attached = !1, this._animationsDisabled = void 0, this.$context = void 0, this._doResize = zg((u) => this.update(u), s.resizeDelay || 0), this._dataChanges = [], no[this.id] = this, !r || !a) {
      console.error("Failed to create chart: can't acquire context from the given item");
      return;
    }
    Wt.listen(this, "complete", cc), Wt.listen(this, "progress", um), this._initialize(), this.attached && this.update();
  }
  get aspectRatio() {
    const { options: { aspectRatio: e, maintainAspectRatio: n }, width: i, height: o, _aspectRatio: l } = this;
    return Me(e) ? n && l ? l : o ? i / o : null : e;
  }
  get data() {
    return this.config.data;
  }
  set data(e) {
    this.config.data = e;
  }
  get options() {
    return this._options;
  }
  set options(e) {
    this.config.options = e;
  }
  get registry() {
    return Ct;
  }
  _initialize() {
    return this.notifyPlugins("beforeInit"), this.options.responsive ? this.resize() : V1(this, this.options.devicePixelRatio), this.bindEvents(), this.notifyPlugins("afterInit"), this;
  }
  clear() {
    return R1(this.canvas, this.ctx), this;
  }
  stop() {
    return Wt.stop(this), this;
  }
  resize(e, n) {
    Wt.running(this) ? this._resizeBeforeDraw = {
      width: e,
      height: n
    } : this._resize(e, n);
  }
  _resize(e, n) {
    const i = this.options, o = this.canvas, l = i.maintainAspectRatio && this.aspectRatio, s = this.platform.getMaximumSize(o, e, n, l), r = i.devicePixelRatio || this.platform.getDevicePixelRatio(), a = this.width ? "resize" : "attach";
    this.width = s.width, this.height = s.height, this._aspectRatio = this.aspectRatio, V1(this, r, !0) && (this.notifyPlugins("resize", {
      size: s
    }), xe(i.onResize, [
      this,
      s
    ], this), this.attached && this._doResize(a) && this.render());
  }
  ensureScalesHaveIDs() {
    const n = this.options.scales || {};
    he(n, (i, o) => {
      i.id = o;
    });
  }
  buildOrUpdateScales() {
    const e = this.options, n = e.scales, i = this.scales, o = Object.keys(i).reduce((s, r) => (s[r] = !1, s), {});
    let l = [];
    n && (l = l.concat(Object.keys(n).map((s) => {
      const r = n[s], a = sr(s, r), c = a === "r", f = a === "x";
      return {
        options: r,
        dposition: c ? "chartArea" : f ? "bottom" : "left",
        dtype: c ? "radialLinear" : f ? "category" : "linear"
      };
    }))), he(l, (s) => {
      const r = s.options, a = r.id, c = sr(a, r), f = pe(r.type, s.dtype);
      (r.position === void 0 || rc(r.position, c) !== rc(s.dposition)) && (r.position = s.dposition), o[a] = !0;
      let u = null;
      if (a in i && i[a].type === f)
        u = i[a];
      else {
        const h = Ct.getScale(f);
        u = new h({
          id: a,
          type: f,
          ctx: this.ctx,
          chart: this
        }), i[u.id] = u;
      }
      u.init(r, e);
    }), he(o, (s, r) => {
      s || delete i[r];
    }), he(i, (s) => {
      Ss.configure(this, s, s.options), Ss.addBox(this, s);
    });
  }
  _updateMetasets() {
    const e = this._metasets, n = this.data.datasets.length, i = e.length;
    if (e.sort((o, l) => o.index - l.index), i > n) {
      for (let o = n; o < i; ++o)
        this._destroyDatasetMeta(o);
      e.splice(n, i - n);
    }
    this._sortedMetasets = e.slice(0).sort(ac("order", "index"));
  }
  _removeUnreferencedMetasets() {
    const { _metasets: e, data: { datasets: n } } = this;
    e.length > n.length && delete this._stacks, e.forEach((i, o) => {
      n.filter((l) => l === i._dataset).length === 0 && this._destroyDatasetMeta(o);
    });
  }
  buildOrUpdateControllers() {
    const e = [], n = this.data.datasets;
    let i, o;
    for (this._removeUnreferencedMetasets(), i = 0, o = n.length; i < o; i++) {
      const l = n[i];
      let s = this.getDatasetMeta(i);
      const r = l.type || this.config.type;
      if (s.type && s.type !== r && (this._destroyDatasetMeta(i), s = this.getDatasetMeta(i)), s.type = r, s.indexAxis = l.indexAxis || ir(r, this.options), s.order = l.order || 0, s.index = i, s.label = "" + l.label, s.visible = this.isDatasetVisible(i), s.controller)
        s.controller.updateIndex(i), s.controller.linkScales();
      else {
        const a = Ct.getController(r), { datasetElementType: c, dataElementType: f } = _e.datasets[r];
        Object.assign(a, {
          dataElementType: Ct.getElement(f),
          datasetElementType: c && Ct.getElement(c)
        }), s.controller = new a(this, i), e.push(s.controller);
      }
    }
    return this._updateMetasets(), e;
  }
  _resetElements() {
    he(this.data.datasets, (e, n) => {
      this.getDatasetMeta(n).controller.reset();
    }, this);
  }
  reset() {
    this._resetElements(), this.notifyPlugins("reset");
  }
  update(e) {
    const n = this.config;
    n.update();
    const i = this._options = n.createResolver(n.chartOptionScopes(), this.getContext()), o = this._animationsDisabled = !i.animation;
    if (this._updateScales(), this._checkEventBindings(), this._updateHiddenIndices(), this._plugins.invalidate(), this.notifyPlugins("beforeUpdate", {
      mode: e,
      cancelable: !0
    }) === !1)
      return;
    const l = this.buildOrUpdateControllers();
    this.notifyPlugins("beforeElementsUpdate");
    let s = 0;
    for (let c = 0, f = this.data.datasets.length; c < f; c++) {
      const { controller: u } = this.getDatasetMeta(c), h = !o && l.indexOf(u) === -1;
      u.buildOrUpdateElements(h), s = Math.max(+u.getMaxOverflow(), s);
    }
    s = this._minPadding = i.layout.autoPadding ? s : 0, this._updateLayout(s), o || he(l, (c) => {
      c.reset();
    }), this._updateDatasets(e), this.notifyPlugins("afterUpdate", {
      mode: e
    }), this._layers.sort(ac("z", "_idx"));
    const { _active: r, _lastEvent: a } = this;
    a ? this._eventHandler(a, !0) : r.length && this._updateHoverStyles(r, r, !0), this.render();
  }
  _updateScales() {
    he(this.scales, (e) => {
      Ss.removeBox(this, e);
    }), this.ensureScalesHaveIDs(), this.buildOrUpdateScales();
  }
  _checkEventBindings() {
    const e = this.options, n = new Set(Object.keys(this._listeners)), i = new Set(e.events);
    (!k1(n, i) || !!this._responsiveListeners !== e.responsive) && (this.unbindEvents(), this.bindEvents());
  }
  _updateHiddenIndices() {
    const { _hiddenIndices: e } = this, n = this._getUniformDataChanges() || [];
    for (const { method: i, start: o, count: l } of n) {
      const s = i === "_removeElements" ? -l : l;
      hm(e, o, s);
    }
  }
  _getUniformDataChanges() {
    const e = this._dataChanges;
    if (!e || !e.length)
      return;
    this._dataChanges = [];
    const n = this.data.datasets.length, i = (l) => new Set(e.filter((s) => s[0] === l).map((s, r) => r + "," + s.splice(1).join(","))), o = i(0);
    for (let l = 1; l < n; l++)
      if (!k1(o, i(l)))
        return;
    return Array.from(o).map((l) => l.split(",")).map((l) => ({
      method: l[1],
      start: +l[2],
      count: +l[3]
    }));
  }
  _updateLayout(e) {
    if (this.notifyPlugins("beforeLayout", {
      cancelable: !0
    }) === !1)
      return;
    Ss.update(this, this.width, this.height, e);
    const n = this.chartArea, i = n.width <= 0 || n.height <= 0;
    this._layers = [], he(this.boxes, (o) => {
      i && o.position === "chartArea" || (o.configure && o.configure(), this._layers.push(...o._layers()));
    }, this), this._layers.forEach((o, l) => {
      o._idx = l;
    }), this.notifyPlugins("afterLayout");
  }
  _updateDatasets(e) {
    if (this.notifyPlugins("beforeDatasetsUpdate", {
      mode: e,
      cancelable: !0
    }) !== !1) {
      for (let n = 0, i = this.data.datasets.length; n < i; ++n)
        this.getDatasetMeta(n).controller.configure();
      for (let n = 0, i = this.data.datasets.length; n < i; ++n)
        this._updateDataset(n, dn(e) ? e({
          datasetIndex: n
        }) : e);
      this.notifyPlugins("afterDatasetsUpdate", {
        mode: e
      });
    }
  }
  _updateDataset(e, n) {
    const i = this.getDatasetMeta(e), o = {
      meta: i,
      index: e,
      mode: n,
      cancelable: !0
    };
    this.notifyPlugins("beforeDatasetUpdate", o) !== !1 && (i.controller._update(n), o.cancelable = !1, this.notifyPlugins("afterDatasetUpdate", o));
  }
  render() {
    this.notifyPlugins("beforeRender", {
      cancelable: !0
    }) !== !1 && (Wt.has(this) ? this.attached && !Wt.running(this) && Wt.start(this) : (this.draw(), cc({
      chart: this
    })));
  }
  draw() {
    let e;
    if (this._resizeBeforeDraw) {
      const { width: i, height: o } = this._resizeBeforeDraw;
      this._resizeBeforeDraw = null, this._resize(i, o);
    }
    if (this.clear(), this.width <= 0 || this.height <= 0 || this.notifyPlugins("beforeDraw", {
      cancelable: !0
    }) === !1)
      return;
    const n = this._layers;
    for (e = 0; e < n.length && n[e].z <= 0; ++e)
      n[e].draw(this.chartArea);
    for (this._drawDatasets(); e < n.length; ++e)
      n[e].draw(this.chartArea);
    this.notifyPlugins("afterDraw");
  }
  _getSortedDatasetMetas(e) {
    const n = this._sortedMetasets, i = [];
    let o, l;
    for (o = 0, l = n.length; o < l; ++o) {
      const s = n[o];
      (!e || s.visible) && i.push(s);
    }
    return i;
  }
  getSortedVisibleDatasetMetas() {
    return this._getSortedDatasetMetas(!0);
  }
  _drawDatasets() {
    if (this.notifyPlugins("beforeDatasetsDraw", {
      cancelable: !0
    }) === !1)
      return;
    const e = this.getSortedVisibleDatasetMetas();
    for (let n = e.length - 1; n >= 0; --n)
      this._drawDataset(e[n]);
    this.notifyPlugins("afterDatasetsDraw");
  }
  _drawDataset(e) {
    const n = this.ctx, i = e._clip, o = !i.disabled, l = pm(e, this.chartArea), s = {
      meta: e,
      index: e.index,
      cancelable: !0
    };
    this.notifyPlugins("beforeDatasetDraw", s) !== !1 && (o && Gr(n, {
      left: i.left === !1 ? 0 : l.left - i.left,
      right: i.right === !1 ? this.width : l.right + i.right,
      top: i.top === !1 ? 0 : l.top - i.top,
      bottom: i.bottom === !1 ? this.height : l.bottom + i.bottom
    }), e.controller.draw(), o && qr(n), s.cancelable = !1, this.notifyPlugins("afterDatasetDraw", s));
  }
  isPointInArea(e) {
    return ts(e, this.chartArea, this._minPadding);
  }
  getElementsAtEventForMode(e, n, i, o) {
    const l = f4.modes[n];
    return typeof l == "function" ? l(this, e, i, o) : [];
  }
  getDatasetMeta(e) {
    const n = this.data.datasets[e], i = this._metasets;
    let o = i.filter((l) => l && l._dataset === n).pop();
    return o || (o = {
      type: null,
      data: [],
      dataset: null,
      controller: null,
      hidden: null,
      xAxisID: null,
      yAxisID: null,
      order: n && n.order || 0,
      index: e,
      _dataset: n,
      _parsed: [],
      _sorted: !1
    }, i.push(o)), o;
  }
  getContext() {
    return this.$context || (this.$context = jn(null, {
      chart: this,
      type: "chart"
    }));
  }
  getVisibleDatasetCount() {
    return this.getSortedVisibleDatasetMetas().length;
  }
  isDatasetVisible(e) {
    const n = this.data.datasets[e];
    if (!n)
      return !1;
    const i = this.getDatasetMeta(e);
    return typeof i.hidden == "boolean" ? !i.hidden : !n.hidden;
  }
  setDatasetVisibility(e, n) {
    const i = this.getDatasetMeta(e);
    i.hidden = !n;
  }
  toggleDataVisibility(e) {
    this._hiddenIndices[e] = !this._hiddenIndices[e];
  }
  getDataVisibility(e) {
    return !this._hiddenIndices[e];
  }
  _updateVisibility(e, n, i) {
    const o = i ? "show" : "hide", l = this.getDatasetMeta(e), s = l.controller._resolveAnimations(void 0, o);
    _o(n) ? (l.data[n].hidden = !i, this.update()) : (this.setDatasetVisibility(e, i), s.update(l, {
      visible: i
    }), this.update((r) => r.datasetIndex === e ? o : void 0));
  }
  hide(e, n) {
    this._updateVisibility(e, n, !1);
  }
  show(e, n) {
    this._updateVisibility(e, n, !0);
  }
  _destroyDatasetMeta(e) {
    const n = this._metasets[e];
    n && n.controller && n.controller._destroy(), delete this._metasets[e];
  }
  _stop() {
    let e, n;
    for (this.stop(), Wt.remove(this), e = 0, n = this.data.datasets.length; e < n; ++e)
      this._destroyDatasetMeta(e);
  }
  destroy() {
    this.notifyPlugins("beforeDestroy");
    const { canvas: e, ctx: n } = this;
    this._stop(), this.config.clearCache(), e && (this.unbindEvents(), R1(e, n), this.platform.releaseContext(n), this.canvas = null, this.ctx = null), delete no[this.id], this.notifyPlugins("afterDestroy");
  }
  toBase64Image(...e) {
    return this.canvas.toDataURL(...e);
  }
  bindEvents() {
    this.bindUserEvents(), this.options.responsive ? this.bindResponsiveEvents() : this.attached = !0;
  }
  bindUserEvents() {
    const e = this._listeners, n = this.platform, i = (l, s) => {
      n.addEventListener(this, l, s), e[l] = s;
    }, o = (l, s, r) => {
      l.offsetX = s, l.offsetY = r, this._eventHandler(l);
    };
    he(this.options.events, (l) => i(l, o));
  }
  bindResponsiveEvents() {
    this._responsiveListeners || (this._responsiveListeners = {});
    const e = this._responsiveListeners, n = this.platform, i = (a, c) => {
      n.addEventListener(this, a, c), e[a] = c;
    }, o = (a, c) => {
      e[a] && (n.removeEventListener(this, a, c), delete e[a]);
    }, l = (a, c) => {
      this.canvas && this.resize(a, c);
    };
    let s;
    const r = () => {
      o("attach", r), this.attached = !0, this.resize(), i("resize", l), i("detach", s);
    };
    s = () => {
      this.attached = !1, o("resize", l), this._stop(), this._resize(0, 0), i("attach", r);
    }, n.isAttached(this.canvas) ? r() : s();
  }
  unbindEvents() {
    he(this._listeners, (e, n) => {
      this.platform.removeEventListener(this, n, e);
    }), this._listeners = {}, he(this._responsiveListeners, (e, n) => {
      this.platform.removeEventListener(this, n, e);
    }), this._responsiveListeners = void 0;
  }
  updateHoverStyle(e, n, i) {
    const o = i ? "set" : "remove";
    let l, s, r, a;
    for (n === "dataset" && (l = this.getDatasetMeta(e[0].datasetIndex), l.controller["_" + o + "DatasetHoverStyle"]()), r = 0, a = e.length; r < a; ++r) {
      s = e[r];
      const c = s && this.getDatasetMeta(s.datasetIndex).controller;
      c && c[o + "HoverStyle"](s.element, s.datasetIndex, s.index);
    }
  }
  getActiveElements() {
    return this._active || [];
  }
  setActiveElements(e) {
    const n = this._active || [], i = e.map(({ datasetIndex: l, index: s }) => {
      const r = this.getDatasetMeta(l);
      if (!r)
        throw new Error("No dataset found at index " + l);
      return {
        datasetIndex: l,
        element: r.data[s],
        index: s
      };
    });
    !Mo(i, n) && (this._active = i, this._lastEvent = null, this._updateHoverStyles(i, n));
  }
  notifyPlugins(e, n, i) {
    return this._plugins.notify(this, e, n, i);
  }
  isPluginEnabled(e) {
    return this._plugins._cache.filter((n) => n.plugin.id === e).length === 1;
  }
  _updateHoverStyles(e, n, i) {
    const o = this.options.hover, l = (a, c) => a.filter((f) => !c.some((u) => f.datasetIndex === u.datasetIndex && f.index === u.index)), s = l(n, e), r = i ? e : l(e, n);
    s.length && this.updateHoverStyle(s, o.mode, !1), r.length && o.mode && this.updateHoverStyle(r, o.mode, !0);
  }
  _eventHandler(e, n) {
    const i = {
      event: e,
      replay: n,
      cancelable: !0,
      inChartArea: this.isPointInArea(e)
    }, o = (s) => (s.options.events || this.options.events).includes(e.native.type);
    if (this.notifyPlugins("beforeEvent", i, o) === !1)
      return;
    const l = this._handleEvent(e, n, i.inChartArea);
    return i.cancelable = !1, this.notifyPlugins("afterEvent", i, o), (l || i.changed) && this.render(), this;
  }
  _handleEvent(e, n, i) {
    const { _active: o = [], options: l } = this, s = n, r = this._getActiveElements(e, o, i, s), a = _g(e), c = dm(e, this._lastEvent, i, a);
    i && (this._lastEvent = null, xe(l.onHover, [
      e,
      r,
      this
    ], this), a && xe(l.onClick, [
      e,
      r,
      this
    ], this));
    const f = !Mo(r, o);
    return (f || n) && (this._active = r, this._updateHoverStyles(r, o, n)), this._lastEvent = c, f;
  }
  _getActiveElements(e, n, i, o) {
    if (e.type === "mouseout")
      return [];
    if (!i)
      return n;
    const l = this.options.hover;
    return this.getElementsAtEventForMode(e, l.mode, l, o);
  }
}
le(ln, "defaults", _e), le(ln, "instances", no), le(ln, "overrides", Hn), le(ln, "registry", Ct), le(ln, "version", cm), le(ln, "getChart", fc);
function uc() {
  return he(ln.instances, (t) => t._plugins.invalidate());
}
function th(t, e, n = e) {
  t.lineCap = pe(n.borderCapStyle, e.borderCapStyle), t.setLineDash(pe(n.borderDash, e.borderDash)), t.lineDashOffset = pe(n.borderDashOffset, e.borderDashOffset), t.lineJoin = pe(n.borderJoinStyle, e.borderJoinStyle), t.lineWidth = pe(n.borderWidth, e.borderWidth), t.strokeStyle = pe(n.borderColor, e.borderColor);
}
function gm(t, e, n) {
  t.lineTo(n.x, n.y);
}
function mm(t) {
  return t.stepped ? Jg : t.tension || t.cubicInterpolationMode === "monotone" ? e0 : gm;
}
function nh(t, e, n = {}) {
  const i = t.length, { start: o = 0, end: l = i - 1 } = n, { start: s, end: r } = e, a = Math.max(o, s), c = Math.min(l, r), f = o < s && l < s || o > r && l > r;
  return {
    count: i,
    start: a,
    loop: e.loop,
    ilen: c < a && !f ? i + c - a : c - a
  };
}
function vm(t, e, n, i) {
  const { points: o, options: l } = e, { count: s, start: r, loop: a, ilen: c } = nh(o, n, i), f = mm(l);
  let { move: u = !0, reverse: h } = i || {}, d, p, m;
  for (d = 0; d <= c; ++d)
    p = o[(r + (h ? c - d : d)) % s], !p.skip && (u ? (t.moveTo(p.x, p.y), u = !1) : f(t, m, p, h, l.stepped), m = p);
  return a && (p = o[(r + (h ? c : 0)) % s], f(t, m, p, h, l.stepped)), !!a;
}
function bm(t, e, n, i) {
  const o = e.points, { count: l, start: s, ilen: r } = nh(o, n, i), { move: a = !0, reverse: c } = i || {};
  let f = 0, u = 0, h, d, p, m, v, y;
  const C = (P) => (s + (c ? r - P : P)) % l, N = () => {
    m !== v && (t.lineTo(f, v), t.lineTo(f, m), t.lineTo(f, y));
  };
  for (a && (d = o[C(0)], t.moveTo(d.x, d.y)), h = 0; h <= r; ++h) {
    if (d = o[C(h)], d.skip)
      continue;
    const P = d.x, M = d.y, O = P | 0;
    O === p ? (M < m ? m = M : M > v && (v = M), f = (u * f + P) / ++u) : (N(), t.lineTo(P, M), p = O, u = 0, m = v = M), y = M;
  }
  N();
}
function or(t) {
  const e = t.options, n = e.borderDash && e.borderDash.length;
  return !t._decimated && !t._loop && !e.tension && e.cubicInterpolationMode !== "monotone" && !e.stepped && !n ? bm : vm;
}
function ym(t) {
  return t.stepped ? A0 : t.tension || t.cubicInterpolationMode === "monotone" ? P0 : Cn;
}
function km(t, e, n, i) {
  let o = e._path;
  o || (o = e._path = new Path2D(), e.path(o, n, i) && o.closePath()), th(t, e.options), t.stroke(o);
}
function wm(t, e, n, i) {
  const { segments: o, options: l } = e, s = or(e);
  for (const r of o)
    th(t, l, r.style), t.beginPath(), s(t, e, r, {
      start: n,
      end: n + i - 1
    }) && t.closePath(), t.stroke();
}
const xm = typeof Path2D == "function";
function Mm(t, e, n, i) {
  xm && !e.options.segment ? km(t, e, n, i) : wm(t, e, n, i);
}
class Sn extends hs {
  constructor(e) {
    super(), this.animated = !0, this.options = void 0, this._chart = void 0, this._loop = void 0, this._fullLoop = void 0, this._path = void 0, this._points = void 0, this._segments = void 0, this._decimated = !1, this._pointsUpdated = !1, this._datasetIndex = void 0, e && Object.assign(this, e);
  }
  updateControlPoints(e, n) {
    const i = this.options;
    if ((i.tension || i.cubicInterpolationMode === "monotone") && !i.stepped && !this._pointsUpdated) {
      const o = i.spanGaps ? this._loop : this._fullLoop;
      E0(this._points, i, e, o, n), this._pointsUpdated = !0;
    }
  }
  set points(e) {
    this._points = e, delete this._segments, delete this._path, this._pointsUpdated = !1;
  }
  get points() {
    return this._points;
  }
  get segments() {
    return this._segments || (this._segments = H0(this, this.options.segment));
  }
  first() {
    const e = this.segments, n = this.points;
    return e.length && n[e[0].start];
  }
  last() {
    const e = this.segments, n = this.points, i = e.length;
    return i && n[e[i - 1].end];
  }
  interpolate(e, n) {
    const i = this.options, o = e[n], l = this.points, s = ju(this, {
      property: n,
      start: o,
      end: o
    });
    if (!s.length)
      return;
    const r = [], a = ym(i);
    let c, f;
    for (c = 0, f = s.length; c < f; ++c) {
      const { start: u, end: h } = s[c], d = l[u], p = l[h];
      if (d === p) {
        r.push(d);
        continue;
      }
      const m = Math.abs((o - d[n]) / (p[n] - d[n])), v = a(d, p, m, i.stepped);
      v[n] = e[n], r.push(v);
    }
    return r.length === 1 ? r[0] : r;
  }
  pathSegment(e, n, i) {
    return or(this)(e, this, n, i);
  }
  path(e, n, i) {
    const o = this.segments, l = or(this);
    let s = this._loop;
    n = n || 0, i = i || this.points.length - n;
    for (const r of o)
      s &= l(e, this, r, {
        start: n,
        end: n + i - 1
      });
    return !!s;
  }
  draw(e, n, i, o) {
    const l = this.options || {};
    (this.points || []).length && l.borderWidth && (e.save(), Mm(e, this, i, o), e.restore()), this.animated && (this._pointsUpdated = !1, this._path = void 0);
  }
}
le(Sn, "id", "line"), le(Sn, "defaults", {
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
}), le(Sn, "defaultRoutes", {
  backgroundColor: "backgroundColor",
  borderColor: "borderColor"
}), le(Sn, "descriptors", {
  _scriptable: !0,
  _indexable: (e) => e !== "borderDash" && e !== "fill"
});
function hc(t, e, n, i) {
  const o = t.options, { [n]: l } = t.getProps([
    n
  ], i);
  return Math.abs(e - l) < o.radius + o.hitRadius;
}
class io extends hs {
  constructor(n) {
    super();
    le(this, "parsed");
    le(this, "skip");
    le(this, "stop");
    this.options = void 0, this.parsed = void 0, this.skip = void 0, this.stop = void 0, n && Object.assign(this, n);
  }
  inRange(n, i, o) {
    const l = this.options, { x: s, y: r } = this.getProps([
      "x",
      "y"
    ], o);
    return Math.pow(n - s, 2) + Math.pow(i - r, 2) < Math.pow(l.hitRadius + l.radius, 2);
  }
  inXRange(n, i) {
    return hc(this, n, "x", i);
  }
  inYRange(n, i) {
    return hc(this, n, "y", i);
  }
  getCenterPoint(n) {
    const { x: i, y: o } = this.getProps([
      "x",
      "y"
    ], n);
    return {
      x: i,
      y: o
    };
  }
  size(n) {
    n = n || this.options || {};
    let i = n.radius || 0;
    i = Math.max(i, i && n.hoverRadius || 0);
    const o = i && n.borderWidth || 0;
    return (i + o) * 2;
  }
  draw(n, i) {
    const o = this.options;
    this.skip || o.radius < 0.1 || !ts(this, i, this.size(o) / 2) || (n.strokeStyle = o.borderColor, n.lineWidth = o.borderWidth, n.fillStyle = o.backgroundColor, nr(n, o, this.x, this.y));
  }
  getRange() {
    const n = this.options || {};
    return n.radius + n.hitRadius;
  }
}
le(io, "id", "point"), /**
* @type {any}
*/
le(io, "defaults", {
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
le(io, "defaultRoutes", {
  backgroundColor: "backgroundColor",
  borderColor: "borderColor"
});
function Dm(t, e, n) {
  const i = t.segments, o = t.points, l = e.points, s = [];
  for (const r of i) {
    let { start: a, end: c } = r;
    c = Jr(a, c, o);
    const f = lr(n, o[a], o[c], r.loop);
    if (!e.segments) {
      s.push({
        source: r,
        target: f,
        start: o[a],
        end: o[c]
      });
      continue;
    }
    const u = ju(e, f);
    for (const h of u) {
      const d = lr(n, l[h.start], l[h.end], h.loop), p = Hu(r, o, d);
      for (const m of p)
        s.push({
          source: m,
          target: h,
          start: {
            [n]: dc(f, d, "start", Math.max)
          },
          end: {
            [n]: dc(f, d, "end", Math.min)
          }
        });
    }
  }
  return s;
}
function lr(t, e, n, i) {
  if (i)
    return;
  let o = e[t], l = n[t];
  return t === "angle" && (o = Nt(o), l = Nt(l)), {
    property: t,
    start: o,
    end: l
  };
}
function Em(t, e) {
  const { x: n = null, y: i = null } = t || {}, o = e.points, l = [];
  return e.segments.forEach(({ start: s, end: r }) => {
    r = Jr(s, r, o);
    const a = o[s], c = o[r];
    i !== null ? (l.push({
      x: a.x,
      y: i
    }), l.push({
      x: c.x,
      y: i
    })) : n !== null && (l.push({
      x: n,
      y: a.y
    }), l.push({
      x: n,
      y: c.y
    }));
  }), l;
}
function Jr(t, e, n) {
  for (; e > t; e--) {
    const i = n[e];
    if (!isNaN(i.x) && !isNaN(i.y))
      break;
  }
  return e;
}
function dc(t, e, n, i) {
  return t && e ? i(t[n], e[n]) : t ? t[n] : e ? e[n] : 0;
}
function ih(t, e) {
  let n = [], i = !1;
  return Ae(t) ? (i = !0, n = t) : n = Em(t, e), n.length ? new Sn({
    points: n,
    options: {
      tension: 0
    },
    _loop: i,
    _fullLoop: i
  }) : null;
}
function pc(t) {
  return t && t.fill !== !1;
}
function _m(t, e, n) {
  let o = t[e].fill;
  const l = [
    e
  ];
  let s;
  if (!n)
    return o;
  for (; o !== !1 && l.indexOf(o) === -1; ) {
    if (!Ie(o))
      return o;
    if (s = t[o], !s)
      return !1;
    if (s.visible)
      return o;
    l.push(o), o = s.fill;
  }
  return !1;
}
function Cm(t, e, n) {
  const i = Rm(t);
  if (ce(i))
    return isNaN(i.value) ? !1 : i;
  let o = parseFloat(i);
  return Ie(o) && Math.floor(o) === o ? Nm(i[0], e, o, n) : [
    "origin",
    "start",
    "end",
    "stack",
    "shape"
  ].indexOf(i) >= 0 && i;
}
function Nm(t, e, n, i) {
  return (t === "-" || t === "+") && (n = e + n), n === e || n < 0 || n >= i ? !1 : n;
}
function Om(t, e) {
  let n = null;
  return t === "start" ? n = e.bottom : t === "end" ? n = e.top : ce(t) ? n = e.getPixelForValue(t.value) : e.getBasePixel && (n = e.getBasePixel()), n;
}
function Sm(t, e, n) {
  let i;
  return t === "start" ? i = n : t === "end" ? i = e.options.reverse ? e.min : e.max : ce(t) ? i = t.value : i = e.getBaseValue(), i;
}
function Rm(t) {
  const e = t.options, n = e.fill;
  let i = pe(n && n.target, n);
  return i === void 0 && (i = !!e.backgroundColor), i === !1 || i === null ? !1 : i === !0 ? "origin" : i;
}
function Fm(t) {
  const { scale: e, index: n, line: i } = t, o = [], l = i.segments, s = i.points, r = Am(e, n);
  r.push(ih({
    x: null,
    y: e.bottom
  }, i));
  for (let a = 0; a < l.length; a++) {
    const c = l[a];
    for (let f = c.start; f <= c.end; f++)
      Pm(o, s[f], r);
  }
  return new Sn({
    points: o,
    options: {}
  });
}
function Am(t, e) {
  const n = [], i = t.getMatchingVisibleMetas("line");
  for (let o = 0; o < i.length; o++) {
    const l = i[o];
    if (l.index === e)
      break;
    l.hidden || n.unshift(l.dataset);
  }
  return n;
}
function Pm(t, e, n) {
  const i = [];
  for (let o = 0; o < n.length; o++) {
    const l = n[o], { first: s, last: r, point: a } = Tm(l, e, "x");
    if (!(!a || s && r)) {
      if (s)
        i.unshift(a);
      else if (t.push(a), !r)
        break;
    }
  }
  t.push(...i);
}
function Tm(t, e, n) {
  const i = t.interpolate(e, n);
  if (!i)
    return {};
  const o = i[n], l = t.segments, s = t.points;
  let r = !1, a = !1;
  for (let c = 0; c < l.length; c++) {
    const f = l[c], u = s[f.start][n], h = s[f.end][n];
    if (Ou(o, u, h)) {
      r = o === u, a = o === h;
      break;
    }
  }
  return {
    first: r,
    last: a,
    point: i
  };
}
class sh {
  constructor(e) {
    this.x = e.x, this.y = e.y, this.radius = e.radius;
  }
  pathSegment(e, n, i) {
    const { x: o, y: l, radius: s } = this;
    return n = n || {
      start: 0,
      end: Vt
    }, e.arc(o, l, s, n.end, n.start, !0), !i.bounds;
  }
  interpolate(e) {
    const { x: n, y: i, radius: o } = this, l = e.angle;
    return {
      x: n + Math.cos(l) * o,
      y: i + Math.sin(l) * o,
      angle: l
    };
  }
}
function Vm(t) {
  const { chart: e, fill: n, line: i } = t;
  if (Ie(n))
    return Lm(e, n);
  if (n === "stack")
    return Fm(t);
  if (n === "shape")
    return !0;
  const o = Im(t);
  return o instanceof sh ? o : ih(o, i);
}
function Lm(t, e) {
  const n = t.getDatasetMeta(e);
  return n && t.isDatasetVisible(e) ? n.dataset : null;
}
function Im(t) {
  return (t.scale || {}).getPointPositionForValue ? zm(t) : $m(t);
}
function $m(t) {
  const { scale: e = {}, fill: n } = t, i = Om(n, e);
  if (Ie(i)) {
    const o = e.isHorizontal();
    return {
      x: o ? i : null,
      y: o ? null : i
    };
  }
  return null;
}
function zm(t) {
  const { scale: e, fill: n } = t, i = e.options, o = e.getLabels().length, l = i.reverse ? e.max : e.min, s = Sm(n, e, l), r = [];
  if (i.grid.circular) {
    const a = e.getPointPositionForValue(0, l);
    return new sh({
      x: a.x,
      y: a.y,
      radius: e.getDistanceFromCenterForValue(s)
    });
  }
  for (let a = 0; a < o; ++a)
    r.push(e.getPointPositionForValue(a, s));
  return r;
}
function kl(t, e, n) {
  const i = Vm(e), { line: o, scale: l, axis: s } = e, r = o.options, a = r.fill, c = r.backgroundColor, { above: f = c, below: u = c } = a || {};
  i && o.points.length && (Gr(t, n), Bm(t, {
    line: o,
    target: i,
    above: f,
    below: u,
    area: n,
    scale: l,
    axis: s
  }), qr(t));
}
function Bm(t, e) {
  const { line: n, target: i, above: o, below: l, area: s, scale: r } = e, a = n._loop ? "angle" : e.axis;
  t.save(), a === "x" && l !== o && (gc(t, i, s.top), mc(t, {
    line: n,
    target: i,
    color: o,
    scale: r,
    property: a
  }), t.restore(), t.save(), gc(t, i, s.bottom)), mc(t, {
    line: n,
    target: i,
    color: l,
    scale: r,
    property: a
  }), t.restore();
}
function gc(t, e, n) {
  const { segments: i, points: o } = e;
  let l = !0, s = !1;
  t.beginPath();
  for (const r of i) {
    const { start: a, end: c } = r, f = o[a], u = o[Jr(a, c, o)];
    l ? (t.moveTo(f.x, f.y), l = !1) : (t.lineTo(f.x, n), t.lineTo(f.x, f.y)), s = !!e.pathSegment(t, r, {
      move: s
    }), s ? t.closePath() : t.lineTo(u.x, n);
  }
  t.lineTo(e.first().x, n), t.closePath(), t.clip();
}
function mc(t, e) {
  const { line: n, target: i, property: o, color: l, scale: s } = e, r = Dm(n, i, o);
  for (const { source: a, target: c, start: f, end: u } of r) {
    const { style: { backgroundColor: h = l } = {} } = a, d = i !== !0;
    t.save(), t.fillStyle = h, Hm(t, s, d && lr(o, f, u)), t.beginPath();
    const p = !!n.pathSegment(t, a);
    let m;
    if (d) {
      p ? t.closePath() : vc(t, i, u, o);
      const v = !!i.pathSegment(t, c, {
        move: p,
        reverse: !0
      });
      m = p && v, m || vc(t, i, f, o);
    }
    t.closePath(), t.fill(m ? "evenodd" : "nonzero"), t.restore();
  }
}
function Hm(t, e, n) {
  const { top: i, bottom: o } = e.chart.chartArea, { property: l, start: s, end: r } = n || {};
  l === "x" && (t.beginPath(), t.rect(s, i, r - s, o - i), t.clip());
}
function vc(t, e, n, i) {
  const o = e.interpolate(n, i);
  o && t.lineTo(o.x, o.y);
}
var jm = {
  id: "filler",
  afterDatasetsUpdate(t, e, n) {
    const i = (t.data.datasets || []).length, o = [];
    let l, s, r, a;
    for (s = 0; s < i; ++s)
      l = t.getDatasetMeta(s), r = l.dataset, a = null, r && r.options && r instanceof Sn && (a = {
        visible: t.isDatasetVisible(s),
        index: s,
        fill: Cm(r, s, i),
        chart: t,
        axis: l.controller.options.indexAxis,
        scale: l.vScale,
        line: r
      }), l.$filler = a, o.push(a);
    for (s = 0; s < i; ++s)
      a = o[s], !(!a || a.fill === !1) && (a.fill = _m(o, s, n.propagate));
  },
  beforeDraw(t, e, n) {
    const i = n.drawTime === "beforeDraw", o = t.getSortedVisibleDatasetMetas(), l = t.chartArea;
    for (let s = o.length - 1; s >= 0; --s) {
      const r = o[s].$filler;
      r && (r.line.updateControlPoints(l, r.axis), i && r.fill && kl(t.ctx, r, l));
    }
  },
  beforeDatasetsDraw(t, e, n) {
    if (n.drawTime !== "beforeDatasetsDraw")
      return;
    const i = t.getSortedVisibleDatasetMetas();
    for (let o = i.length - 1; o >= 0; --o) {
      const l = i[o].$filler;
      pc(l) && kl(t.ctx, l, t.chartArea);
    }
  },
  beforeDatasetDraw(t, e, n) {
    const i = e.meta.$filler;
    !pc(i) || n.drawTime !== "beforeDatasetDraw" || kl(t.ctx, i, t.chartArea);
  },
  defaults: {
    propagate: !0,
    drawTime: "beforeDatasetDraw"
  }
};
const Ti = {
  average(t) {
    if (!t.length)
      return !1;
    let e, n, i = /* @__PURE__ */ new Set(), o = 0, l = 0;
    for (e = 0, n = t.length; e < n; ++e) {
      const r = t[e].element;
      if (r && r.hasValue()) {
        const a = r.tooltipPosition();
        i.add(a.x), o += a.y, ++l;
      }
    }
    return l === 0 || i.size === 0 ? !1 : {
      x: [
        ...i
      ].reduce((r, a) => r + a) / i.size,
      y: o / l
    };
  },
  nearest(t, e) {
    if (!t.length)
      return !1;
    let n = e.x, i = e.y, o = Number.POSITIVE_INFINITY, l, s, r;
    for (l = 0, s = t.length; l < s; ++l) {
      const a = t[l].element;
      if (a && a.hasValue()) {
        const c = a.getCenterPoint(), f = Jl(e, c);
        f < o && (o = f, r = a);
      }
    }
    if (r) {
      const a = r.tooltipPosition();
      n = a.x, i = a.y;
    }
    return {
      x: n,
      y: i
    };
  }
};
function Et(t, e) {
  return e && (Ae(e) ? Array.prototype.push.apply(t, e) : t.push(e)), t;
}
function Gt(t) {
  return (typeof t == "string" || t instanceof String) && t.indexOf(`
`) > -1 ? t.split(`
`) : t;
}
function Wm(t, e) {
  const { element: n, datasetIndex: i, index: o } = e, l = t.getDatasetMeta(i).controller, { label: s, value: r } = l.getLabelAndValue(o);
  return {
    chart: t,
    label: s,
    parsed: l.getParsed(o),
    raw: t.data.datasets[i].data[o],
    formattedValue: r,
    dataset: l.getDataset(),
    dataIndex: o,
    datasetIndex: i,
    element: n
  };
}
function bc(t, e) {
  const n = t.chart.ctx, { body: i, footer: o, title: l } = t, { boxWidth: s, boxHeight: r } = e, a = Pt(e.bodyFont), c = Pt(e.titleFont), f = Pt(e.footerFont), u = l.length, h = o.length, d = i.length, p = pn(e.padding);
  let m = p.height, v = 0, y = i.reduce((P, M) => P + M.before.length + M.lines.length + M.after.length, 0);
  if (y += t.beforeBody.length + t.afterBody.length, u && (m += u * c.lineHeight + (u - 1) * e.titleSpacing + e.titleMarginBottom), y) {
    const P = e.displayColors ? Math.max(r, a.lineHeight) : a.lineHeight;
    m += d * P + (y - d) * a.lineHeight + (y - 1) * e.bodySpacing;
  }
  h && (m += e.footerMarginTop + h * f.lineHeight + (h - 1) * e.footerSpacing);
  let C = 0;
  const N = function(P) {
    v = Math.max(v, n.measureText(P).width + C);
  };
  return n.save(), n.font = c.string, he(t.title, N), n.font = a.string, he(t.beforeBody.concat(t.afterBody), N), C = e.displayColors ? s + 2 + e.boxPadding : 0, he(i, (P) => {
    he(P.before, N), he(P.lines, N), he(P.after, N);
  }), C = 0, n.font = f.string, he(t.footer, N), n.restore(), v += p.width, {
    width: v,
    height: m
  };
}
function Gm(t, e) {
  const { y: n, height: i } = e;
  return n < i / 2 ? "top" : n > t.height - i / 2 ? "bottom" : "center";
}
function qm(t, e, n, i) {
  const { x: o, width: l } = i, s = n.caretSize + n.caretPadding;
  if (t === "left" && o + l + s > e.width || t === "right" && o - l - s < 0)
    return !0;
}
function Um(t, e, n, i) {
  const { x: o, width: l } = n, { width: s, chartArea: { left: r, right: a } } = t;
  let c = "center";
  return i === "center" ? c = o <= (r + a) / 2 ? "left" : "right" : o <= l / 2 ? c = "left" : o >= s - l / 2 && (c = "right"), qm(c, t, e, n) && (c = "center"), c;
}
function yc(t, e, n) {
  const i = n.yAlign || e.yAlign || Gm(t, n);
  return {
    xAlign: n.xAlign || e.xAlign || Um(t, e, n, i),
    yAlign: i
  };
}
function Ym(t, e) {
  let { x: n, width: i } = t;
  return e === "right" ? n -= i : e === "center" && (n -= i / 2), n;
}
function Km(t, e, n) {
  let { y: i, height: o } = t;
  return e === "top" ? i += n : e === "bottom" ? i -= o + n : i -= o / 2, i;
}
function kc(t, e, n, i) {
  const { caretSize: o, caretPadding: l, cornerRadius: s } = t, { xAlign: r, yAlign: a } = n, c = o + l, { topLeft: f, topRight: u, bottomLeft: h, bottomRight: d } = Js(s);
  let p = Ym(e, r);
  const m = Km(e, a, c);
  return a === "center" ? r === "left" ? p += c : r === "right" && (p -= c) : r === "left" ? p -= Math.max(f, h) + o : r === "right" && (p += Math.max(u, d) + o), {
    x: At(p, 0, i.width - e.width),
    y: At(m, 0, i.height - e.height)
  };
}
function Ts(t, e, n) {
  const i = pn(n.padding);
  return e === "center" ? t.x + t.width / 2 : e === "right" ? t.x + t.width - i.right : t.x + i.left;
}
function wc(t) {
  return Et([], Gt(t));
}
function Xm(t, e, n) {
  return jn(t, {
    tooltip: e,
    tooltipItems: n,
    type: "tooltip"
  });
}
function xc(t, e) {
  const n = e && e.dataset && e.dataset.tooltip && e.dataset.tooltip.callbacks;
  return n ? t.override(n) : t;
}
const oh = {
  beforeTitle: Ht,
  title(t) {
    if (t.length > 0) {
      const e = t[0], n = e.chart.data.labels, i = n ? n.length : 0;
      if (this && this.options && this.options.mode === "dataset")
        return e.dataset.label || "";
      if (e.label)
        return e.label;
      if (i > 0 && e.dataIndex < i)
        return n[e.dataIndex];
    }
    return "";
  },
  afterTitle: Ht,
  beforeBody: Ht,
  beforeLabel: Ht,
  label(t) {
    if (this && this.options && this.options.mode === "dataset")
      return t.label + ": " + t.formattedValue || t.formattedValue;
    let e = t.dataset.label || "";
    e && (e += ": ");
    const n = t.formattedValue;
    return Me(n) || (e += n), e;
  },
  labelColor(t) {
    const n = t.chart.getDatasetMeta(t.datasetIndex).controller.getStyle(t.dataIndex);
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
  labelPointStyle(t) {
    const n = t.chart.getDatasetMeta(t.datasetIndex).controller.getStyle(t.dataIndex);
    return {
      pointStyle: n.pointStyle,
      rotation: n.rotation
    };
  },
  afterLabel: Ht,
  afterBody: Ht,
  beforeFooter: Ht,
  footer: Ht,
  afterFooter: Ht
};
function qe(t, e, n, i) {
  const o = t[e].call(n, i);
  return typeof o > "u" ? oh[e].call(n, i) : o;
}
class rr extends hs {
  constructor(e) {
    super(), this.opacity = 0, this._active = [], this._eventPosition = void 0, this._size = void 0, this._cachedAnimations = void 0, this._tooltipItems = [], this.$animations = void 0, this.$context = void 0, this.chart = e.chart, this.options = e.options, this.dataPoints = void 0, this.title = void 0, this.beforeBody = void 0, this.body = void 0, this.afterBody = void 0, this.footer = void 0, this.xAlign = void 0, this.yAlign = void 0, this.x = void 0, this.y = void 0, this.height = void 0, this.width = void 0, this.caretX = void 0, this.caretY = void 0, this.labelColors = void 0, this.labelPointStyles = void 0, this.labelTextColors = void 0;
  }
  initialize(e) {
    this.options = e, this._cachedAnimations = void 0, this.$context = void 0;
  }
  _resolveAnimations() {
    const e = this._cachedAnimations;
    if (e)
      return e;
    const n = this.chart, i = this.options.setContext(this.getContext()), o = i.enabled && n.options.animation && i.animations, l = new Wu(this.chart, o);
    return o._cacheable && (this._cachedAnimations = Object.freeze(l)), l;
  }
  getContext() {
    return this.$context || (this.$context = Xm(this.chart.getContext(), this, this._tooltipItems));
  }
  getTitle(e, n) {
    const { callbacks: i } = n, o = qe(i, "beforeTitle", this, e), l = qe(i, "title", this, e), s = qe(i, "afterTitle", this, e);
    let r = [];
    return r = Et(r, Gt(o)), r = Et(r, Gt(l)), r = Et(r, Gt(s)), r;
  }
  getBeforeBody(e, n) {
    return wc(qe(n.callbacks, "beforeBody", this, e));
  }
  getBody(e, n) {
    const { callbacks: i } = n, o = [];
    return he(e, (l) => {
      const s = {
        before: [],
        lines: [],
        after: []
      }, r = xc(i, l);
      Et(s.before, Gt(qe(r, "beforeLabel", this, l))), Et(s.lines, qe(r, "label", this, l)), Et(s.after, Gt(qe(r, "afterLabel", this, l))), o.push(s);
    }), o;
  }
  getAfterBody(e, n) {
    return wc(qe(n.callbacks, "afterBody", this, e));
  }
  getFooter(e, n) {
    const { callbacks: i } = n, o = qe(i, "beforeFooter", this, e), l = qe(i, "footer", this, e), s = qe(i, "afterFooter", this, e);
    let r = [];
    return r = Et(r, Gt(o)), r = Et(r, Gt(l)), r = Et(r, Gt(s)), r;
  }
  _createItems(e) {
    const n = this._active, i = this.chart.data, o = [], l = [], s = [];
    let r = [], a, c;
    for (a = 0, c = n.length; a < c; ++a)
      r.push(Wm(this.chart, n[a]));
    return e.filter && (r = r.filter((f, u, h) => e.filter(f, u, h, i))), e.itemSort && (r = r.sort((f, u) => e.itemSort(f, u, i))), he(r, (f) => {
      const u = xc(e.callbacks, f);
      o.push(qe(u, "labelColor", this, f)), l.push(qe(u, "labelPointStyle", this, f)), s.push(qe(u, "labelTextColor", this, f));
    }), this.labelColors = o, this.labelPointStyles = l, this.labelTextColors = s, this.dataPoints = r, r;
  }
  update(e, n) {
    const i = this.options.setContext(this.getContext()), o = this._active;
    let l, s = [];
    if (!o.length)
      this.opacity !== 0 && (l = {
        opacity: 0
      });
    else {
      const r = Ti[i.position].call(this, o, this._eventPosition);
      s = this._createItems(i), this.title = this.getTitle(s, i), this.beforeBody = this.getBeforeBody(s, i), this.body = this.getBody(s, i), this.afterBody = this.getAfterBody(s, i), this.footer = this.getFooter(s, i);
      const a = this._size = bc(this, i), c = Object.assign({}, r, a), f = yc(this.chart, i, c), u = kc(i, c, f, this.chart);
      this.xAlign = f.xAlign, this.yAlign = f.yAlign, l = {
        opacity: 1,
        x: u.x,
        y: u.y,
        width: a.width,
        height: a.height,
        caretX: r.x,
        caretY: r.y
      };
    }
    this._tooltipItems = s, this.$context = void 0, l && this._resolveAnimations().update(this, l), e && i.external && i.external.call(this, {
      chart: this.chart,
      tooltip: this,
      replay: n
    });
  }
  drawCaret(e, n, i, o) {
    const l = this.getCaretPosition(e, i, o);
    n.lineTo(l.x1, l.y1), n.lineTo(l.x2, l.y2), n.lineTo(l.x3, l.y3);
  }
  getCaretPosition(e, n, i) {
    const { xAlign: o, yAlign: l } = this, { caretSize: s, cornerRadius: r } = i, { topLeft: a, topRight: c, bottomLeft: f, bottomRight: u } = Js(r), { x: h, y: d } = e, { width: p, height: m } = n;
    let v, y, C, N, P, M;
    return l === "center" ? (P = d + m / 2, o === "left" ? (v = h, y = v - s, N = P + s, M = P - s) : (v = h + p, y = v + s, N = P - s, M = P + s), C = v) : (o === "left" ? y = h + Math.max(a, f) + s : o === "right" ? y = h + p - Math.max(c, u) - s : y = this.caretX, l === "top" ? (N = d, P = N - s, v = y - s, C = y + s) : (N = d + m, P = N + s, v = y + s, C = y - s), M = N), {
      x1: v,
      x2: y,
      x3: C,
      y1: N,
      y2: P,
      y3: M
    };
  }
  drawTitle(e, n, i) {
    const o = this.title, l = o.length;
    let s, r, a;
    if (l) {
      const c = dl(i.rtl, this.x, this.width);
      for (e.x = Ts(this, i.titleAlign, i), n.textAlign = c.textAlign(i.titleAlign), n.textBaseline = "middle", s = Pt(i.titleFont), r = i.titleSpacing, n.fillStyle = i.titleColor, n.font = s.string, a = 0; a < l; ++a)
        n.fillText(o[a], c.x(e.x), e.y + s.lineHeight / 2), e.y += s.lineHeight + r, a + 1 === l && (e.y += i.titleMarginBottom - r);
    }
  }
  _drawColorBox(e, n, i, o, l) {
    const s = this.labelColors[i], r = this.labelPointStyles[i], { boxHeight: a, boxWidth: c } = l, f = Pt(l.bodyFont), u = Ts(this, "left", l), h = o.x(u), d = a < f.lineHeight ? (f.lineHeight - a) / 2 : 0, p = n.y + d;
    if (l.usePointStyle) {
      const m = {
        radius: Math.min(c, a) / 2,
        pointStyle: r.pointStyle,
        rotation: r.rotation,
        borderWidth: 1
      }, v = o.leftForLtr(h, c) + c / 2, y = p + a / 2;
      e.strokeStyle = l.multiKeyBackground, e.fillStyle = l.multiKeyBackground, nr(e, m, v, y), e.strokeStyle = s.borderColor, e.fillStyle = s.backgroundColor, nr(e, m, v, y);
    } else {
      e.lineWidth = ce(s.borderWidth) ? Math.max(...Object.values(s.borderWidth)) : s.borderWidth || 1, e.strokeStyle = s.borderColor, e.setLineDash(s.borderDash || []), e.lineDashOffset = s.borderDashOffset || 0;
      const m = o.leftForLtr(h, c), v = o.leftForLtr(o.xPlus(h, 1), c - 2), y = Js(s.borderRadius);
      Object.values(y).some((C) => C !== 0) ? (e.beginPath(), e.fillStyle = l.multiKeyBackground, A1(e, {
        x: m,
        y: p,
        w: c,
        h: a,
        radius: y
      }), e.fill(), e.stroke(), e.fillStyle = s.backgroundColor, e.beginPath(), A1(e, {
        x: v,
        y: p + 1,
        w: c - 2,
        h: a - 2,
        radius: y
      }), e.fill()) : (e.fillStyle = l.multiKeyBackground, e.fillRect(m, p, c, a), e.strokeRect(m, p, c, a), e.fillStyle = s.backgroundColor, e.fillRect(v, p + 1, c - 2, a - 2));
    }
    e.fillStyle = this.labelTextColors[i];
  }
  drawBody(e, n, i) {
    const { body: o } = this, { bodySpacing: l, bodyAlign: s, displayColors: r, boxHeight: a, boxWidth: c, boxPadding: f } = i, u = Pt(i.bodyFont);
    let h = u.lineHeight, d = 0;
    const p = dl(i.rtl, this.x, this.width), m = function(_) {
      n.fillText(_, p.x(e.x + d), e.y + h / 2), e.y += h + l;
    }, v = p.textAlign(s);
    let y, C, N, P, M, O, x;
    for (n.textAlign = s, n.textBaseline = "middle", n.font = u.string, e.x = Ts(this, v, i), n.fillStyle = i.bodyColor, he(this.beforeBody, m), d = r && v !== "right" ? s === "center" ? c / 2 + f : c + 2 + f : 0, P = 0, O = o.length; P < O; ++P) {
      for (y = o[P], C = this.labelTextColors[P], n.fillStyle = C, he(y.before, m), N = y.lines, r && N.length && (this._drawColorBox(n, e, P, p, i), h = Math.max(u.lineHeight, a)), M = 0, x = N.length; M < x; ++M)
        m(N[M]), h = u.lineHeight;
      he(y.after, m);
    }
    d = 0, h = u.lineHeight, he(this.afterBody, m), e.y -= l;
  }
  drawFooter(e, n, i) {
    const o = this.footer, l = o.length;
    let s, r;
    if (l) {
      const a = dl(i.rtl, this.x, this.width);
      for (e.x = Ts(this, i.footerAlign, i), e.y += i.footerMarginTop, n.textAlign = a.textAlign(i.footerAlign), n.textBaseline = "middle", s = Pt(i.footerFont), n.fillStyle = i.footerColor, n.font = s.string, r = 0; r < l; ++r)
        n.fillText(o[r], a.x(e.x), e.y + s.lineHeight / 2), e.y += s.lineHeight + i.footerSpacing;
    }
  }
  drawBackground(e, n, i, o) {
    const { xAlign: l, yAlign: s } = this, { x: r, y: a } = e, { width: c, height: f } = i, { topLeft: u, topRight: h, bottomLeft: d, bottomRight: p } = Js(o.cornerRadius);
    n.fillStyle = o.backgroundColor, n.strokeStyle = o.borderColor, n.lineWidth = o.borderWidth, n.beginPath(), n.moveTo(r + u, a), s === "top" && this.drawCaret(e, n, i, o), n.lineTo(r + c - h, a), n.quadraticCurveTo(r + c, a, r + c, a + h), s === "center" && l === "right" && this.drawCaret(e, n, i, o), n.lineTo(r + c, a + f - p), n.quadraticCurveTo(r + c, a + f, r + c - p, a + f), s === "bottom" && this.drawCaret(e, n, i, o), n.lineTo(r + d, a + f), n.quadraticCurveTo(r, a + f, r, a + f - d), s === "center" && l === "left" && this.drawCaret(e, n, i, o), n.lineTo(r, a + u), n.quadraticCurveTo(r, a, r + u, a), n.closePath(), n.fill(), o.borderWidth > 0 && n.stroke();
  }
  _updateAnimationTarget(e) {
    const n = this.chart, i = this.$animations, o = i && i.x, l = i && i.y;
    if (o || l) {
      const s = Ti[e.position].call(this, this._active, this._eventPosition);
      if (!s)
        return;
      const r = this._size = bc(this, e), a = Object.assign({}, s, this._size), c = yc(n, e, a), f = kc(e, a, c, n);
      (o._to !== f.x || l._to !== f.y) && (this.xAlign = c.xAlign, this.yAlign = c.yAlign, this.width = r.width, this.height = r.height, this.caretX = s.x, this.caretY = s.y, this._resolveAnimations().update(this, f));
    }
  }
  _willRender() {
    return !!this.opacity;
  }
  draw(e) {
    const n = this.options.setContext(this.getContext());
    let i = this.opacity;
    if (!i)
      return;
    this._updateAnimationTarget(n);
    const o = {
      width: this.width,
      height: this.height
    }, l = {
      x: this.x,
      y: this.y
    };
    i = Math.abs(i) < 1e-3 ? 0 : i;
    const s = pn(n.padding), r = this.title.length || this.beforeBody.length || this.body.length || this.afterBody.length || this.footer.length;
    n.enabled && r && (e.save(), e.globalAlpha = i, this.drawBackground(l, e, o, n), L0(e, n.textDirection), l.y += s.top, this.drawTitle(l, e, n), this.drawBody(l, e, n), this.drawFooter(l, e, n), I0(e, n.textDirection), e.restore());
  }
  getActiveElements() {
    return this._active || [];
  }
  setActiveElements(e, n) {
    const i = this._active, o = e.map(({ datasetIndex: r, index: a }) => {
      const c = this.chart.getDatasetMeta(r);
      if (!c)
        throw new Error("Cannot find a dataset at index " + r);
      return {
        datasetIndex: r,
        element: c.data[a],
        index: a
      };
    }), l = !Mo(i, o), s = this._positionChanged(o, n);
    (l || s) && (this._active = o, this._eventPosition = n, this._ignoreReplayEvents = !0, this.update(!0));
  }
  handleEvent(e, n, i = !0) {
    if (n && this._ignoreReplayEvents)
      return !1;
    this._ignoreReplayEvents = !1;
    const o = this.options, l = this._active || [], s = this._getActiveElements(e, l, n, i), r = this._positionChanged(s, e), a = n || !Mo(s, l) || r;
    return a && (this._active = s, (o.enabled || o.external) && (this._eventPosition = {
      x: e.x,
      y: e.y
    }, this.update(!0, n))), a;
  }
  _getActiveElements(e, n, i, o) {
    const l = this.options;
    if (e.type === "mouseout")
      return [];
    if (!o)
      return n.filter((r) => this.chart.data.datasets[r.datasetIndex] && this.chart.getDatasetMeta(r.datasetIndex).controller.getParsed(r.index) !== void 0);
    const s = this.chart.getElementsAtEventForMode(e, l.mode, l, i);
    return l.reverse && s.reverse(), s;
  }
  _positionChanged(e, n) {
    const { caretX: i, caretY: o, options: l } = this, s = Ti[l.position].call(this, e, n);
    return s !== !1 && (i !== s.x || o !== s.y);
  }
}
le(rr, "positioners", Ti);
var Zm = {
  id: "tooltip",
  _element: rr,
  positioners: Ti,
  afterInit(t, e, n) {
    n && (t.tooltip = new rr({
      chart: t,
      options: n
    }));
  },
  beforeUpdate(t, e, n) {
    t.tooltip && t.tooltip.initialize(n);
  },
  reset(t, e, n) {
    t.tooltip && t.tooltip.initialize(n);
  },
  afterDraw(t) {
    const e = t.tooltip;
    if (e && e._willRender()) {
      const n = {
        tooltip: e
      };
      if (t.notifyPlugins("beforeTooltipDraw", {
        ...n,
        cancelable: !0
      }) === !1)
        return;
      e.draw(t.ctx), t.notifyPlugins("afterTooltipDraw", n);
    }
  },
  afterEvent(t, e) {
    if (t.tooltip) {
      const n = e.replay;
      t.tooltip.handleEvent(e.event, n, e.inChartArea) && (e.changed = !0);
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
    boxHeight: (t, e) => e.bodyFont.size,
    boxWidth: (t, e) => e.bodyFont.size,
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
    callbacks: oh
  },
  defaultRoutes: {
    bodyFont: "font",
    footerFont: "font",
    titleFont: "font"
  },
  descriptors: {
    _scriptable: (t) => t !== "filter" && t !== "itemSort" && t !== "external",
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
const Qm = (t, e, n, i) => (typeof e == "string" ? (n = t.push(e) - 1, i.unshift({
  index: n,
  label: e
})) : isNaN(e) && (n = null), n);
function Jm(t, e, n, i) {
  const o = t.indexOf(e);
  if (o === -1)
    return Qm(t, e, n, i);
  const l = t.lastIndexOf(e);
  return o !== l ? n : o;
}
const ev = (t, e) => t === null ? null : At(Math.round(t), 0, e);
function Mc(t) {
  const e = this.getLabels();
  return t >= 0 && t < e.length ? e[t] : t;
}
class ar extends pi {
  constructor(e) {
    super(e), this._startValue = void 0, this._valueRange = 0, this._addedLabels = [];
  }
  init(e) {
    const n = this._addedLabels;
    if (n.length) {
      const i = this.getLabels();
      for (const { index: o, label: l } of n)
        i[o] === l && i.splice(o, 1);
      this._addedLabels = [];
    }
    super.init(e);
  }
  parse(e, n) {
    if (Me(e))
      return null;
    const i = this.getLabels();
    return n = isFinite(n) && i[n] === e ? n : Jm(i, e, pe(n, e), this._addedLabels), ev(n, i.length - 1);
  }
  determineDataLimits() {
    const { minDefined: e, maxDefined: n } = this.getUserBounds();
    let { min: i, max: o } = this.getMinMax(!0);
    this.options.bounds === "ticks" && (e || (i = 0), n || (o = this.getLabels().length - 1)), this.min = i, this.max = o;
  }
  buildTicks() {
    const e = this.min, n = this.max, i = this.options.offset, o = [];
    let l = this.getLabels();
    l = e === 0 && n === l.length - 1 ? l : l.slice(e, n + 1), this._valueRange = Math.max(l.length - (i ? 0 : 1), 1), this._startValue = this.min - (i ? 0.5 : 0);
    for (let s = e; s <= n; s++)
      o.push({
        value: s
      });
    return o;
  }
  getLabelForValue(e) {
    return Mc.call(this, e);
  }
  configure() {
    super.configure(), this.isHorizontal() || (this._reversePixels = !this._reversePixels);
  }
  getPixelForValue(e) {
    return typeof e != "number" && (e = this.parse(e)), e === null ? NaN : this.getPixelForDecimal((e - this._startValue) / this._valueRange);
  }
  getPixelForTick(e) {
    const n = this.ticks;
    return e < 0 || e > n.length - 1 ? null : this.getPixelForValue(n[e].value);
  }
  getValueForPixel(e) {
    return Math.round(this._startValue + this.getDecimalForPixel(e) * this._valueRange);
  }
  getBasePixel() {
    return this.bottom;
  }
}
le(ar, "id", "category"), le(ar, "defaults", {
  ticks: {
    callback: Mc
  }
});
function tv(t, e) {
  const n = [], { bounds: o, step: l, min: s, max: r, precision: a, count: c, maxTicks: f, maxDigits: u, includeBounds: h } = t, d = l || 1, p = f - 1, { min: m, max: v } = e, y = !Me(s), C = !Me(r), N = !Me(c), P = (v - m) / (u + 1);
  let M = x1((v - m) / p / d) * d, O, x, _, S;
  if (M < 1e-14 && !y && !C)
    return [
      {
        value: m
      },
      {
        value: v
      }
    ];
  S = Math.ceil(v / M) - Math.floor(m / M), S > p && (M = x1(S * M / p / d) * d), Me(a) || (O = Math.pow(10, a), M = Math.ceil(M * O) / O), o === "ticks" ? (x = Math.floor(m / M) * M, _ = Math.ceil(v / M) * M) : (x = m, _ = v), y && C && l && Sg((r - s) / l, M / 1e3) ? (S = Math.round(Math.min((r - s) / M, f)), M = (r - s) / S, x = s, _ = r) : N ? (x = y ? s : x, _ = C ? r : _, S = c - 1, M = (_ - x) / S) : (S = (_ - x) / M, ji(S, Math.round(S), M / 1e3) ? S = Math.round(S) : S = Math.ceil(S));
  const $ = Math.max(M1(M), M1(x));
  O = Math.pow(10, Me(a) ? $ : a), x = Math.round(x * O) / O, _ = Math.round(_ * O) / O;
  let A = 0;
  for (y && (h && x !== s ? (n.push({
    value: s
  }), x < s && A++, ji(Math.round((x + A * M) * O) / O, s, Dc(s, P, t)) && A++) : x < s && A++); A < S; ++A) {
    const j = Math.round((x + A * M) * O) / O;
    if (C && j > r)
      break;
    n.push({
      value: j
    });
  }
  return C && h && _ !== r ? n.length && ji(n[n.length - 1].value, r, Dc(r, P, t)) ? n[n.length - 1].value = r : n.push({
    value: r
  }) : (!C || _ === r) && n.push({
    value: _
  }), n;
}
function Dc(t, e, { horizontal: n, minRotation: i }) {
  const o = On(i), l = (n ? Math.sin(o) : Math.cos(o)) || 1e-3, s = 0.75 * e * ("" + t).length;
  return Math.min(e / l, s);
}
class nv extends pi {
  constructor(e) {
    super(e), this.start = void 0, this.end = void 0, this._startValue = void 0, this._endValue = void 0, this._valueRange = 0;
  }
  parse(e, n) {
    return Me(e) || (typeof e == "number" || e instanceof Number) && !isFinite(+e) ? null : +e;
  }
  handleTickRangeOptions() {
    const { beginAtZero: e } = this.options, { minDefined: n, maxDefined: i } = this.getUserBounds();
    let { min: o, max: l } = this;
    const s = (a) => o = n ? o : a, r = (a) => l = i ? l : a;
    if (e) {
      const a = ai(o), c = ai(l);
      a < 0 && c < 0 ? r(0) : a > 0 && c > 0 && s(0);
    }
    if (o === l) {
      let a = l === 0 ? 1 : Math.abs(l * 0.05);
      r(l + a), e || s(o - a);
    }
    this.min = o, this.max = l;
  }
  getTickLimit() {
    const e = this.options.ticks;
    let { maxTicksLimit: n, stepSize: i } = e, o;
    return i ? (o = Math.ceil(this.max / i) - Math.floor(this.min / i) + 1, o > 1e3 && (console.warn(`scales.${this.id}.ticks.stepSize: ${i} would result generating up to ${o} ticks. Limiting to 1000.`), o = 1e3)) : (o = this.computeTickLimit(), n = n || 11), n && (o = Math.min(n, o)), o;
  }
  computeTickLimit() {
    return Number.POSITIVE_INFINITY;
  }
  buildTicks() {
    const e = this.options, n = e.ticks;
    let i = this.getTickLimit();
    i = Math.max(2, i);
    const o = {
      maxTicks: i,
      bounds: e.bounds,
      min: e.min,
      max: e.max,
      precision: n.precision,
      step: n.stepSize,
      count: n.count,
      maxDigits: this._maxDigits(),
      horizontal: this.isHorizontal(),
      minRotation: n.minRotation || 0,
      includeBounds: n.includeBounds !== !1
    }, l = this._range || this, s = tv(o, l);
    return e.bounds === "ticks" && Rg(s, this, "value"), e.reverse ? (s.reverse(), this.start = this.max, this.end = this.min) : (this.start = this.min, this.end = this.max), s;
  }
  configure() {
    const e = this.ticks;
    let n = this.min, i = this.max;
    if (super.configure(), this.options.offset && e.length) {
      const o = (i - n) / Math.max(e.length - 1, 1) / 2;
      n -= o, i += o;
    }
    this._startValue = n, this._endValue = i, this._valueRange = i - n;
  }
  getLabelForValue(e) {
    return Au(e, this.chart.options.locale, this.options.ticks.format);
  }
}
class cr extends nv {
  determineDataLimits() {
    const { min: e, max: n } = this.getMinMax(!0);
    this.min = Ie(e) ? e : 0, this.max = Ie(n) ? n : 1, this.handleTickRangeOptions();
  }
  computeTickLimit() {
    const e = this.isHorizontal(), n = e ? this.width : this.height, i = On(this.options.ticks.minRotation), o = (e ? Math.sin(i) : Math.cos(i)) || 1e-3, l = this._resolveTickFontOptions(0);
    return Math.ceil(n / Math.min(40, l.lineHeight / o));
  }
  getPixelForValue(e) {
    return e === null ? NaN : this.getPixelForDecimal((e - this._startValue) / this._valueRange);
  }
  getValueForPixel(e) {
    return this._startValue + this.getDecimalForPixel(e) * this._valueRange;
  }
}
le(cr, "id", "linear"), le(cr, "defaults", {
  ticks: {
    callback: Pu.formatters.numeric
  }
});
const Uo = {
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
}, Ue = /* @__PURE__ */ Object.keys(Uo);
function Ec(t, e) {
  return t - e;
}
function _c(t, e) {
  if (Me(e))
    return null;
  const n = t._adapter, { parser: i, round: o, isoWeekday: l } = t._parseOpts;
  let s = e;
  return typeof i == "function" && (s = i(s)), Ie(s) || (s = typeof i == "string" ? n.parse(s, i) : n.parse(s)), s === null ? null : (o && (s = o === "week" && (No(l) || l === !0) ? n.startOf(s, "isoWeek", l) : n.startOf(s, o)), +s);
}
function Cc(t, e, n, i) {
  const o = Ue.length;
  for (let l = Ue.indexOf(t); l < o - 1; ++l) {
    const s = Uo[Ue[l]], r = s.steps ? s.steps : Number.MAX_SAFE_INTEGER;
    if (s.common && Math.ceil((n - e) / (r * s.size)) <= i)
      return Ue[l];
  }
  return Ue[o - 1];
}
function iv(t, e, n, i, o) {
  for (let l = Ue.length - 1; l >= Ue.indexOf(n); l--) {
    const s = Ue[l];
    if (Uo[s].common && t._adapter.diff(o, i, s) >= e - 1)
      return s;
  }
  return Ue[n ? Ue.indexOf(n) : 0];
}
function sv(t) {
  for (let e = Ue.indexOf(t) + 1, n = Ue.length; e < n; ++e)
    if (Uo[Ue[e]].common)
      return Ue[e];
}
function Nc(t, e, n) {
  if (!n)
    t[e] = !0;
  else if (n.length) {
    const { lo: i, hi: o } = jr(n, e), l = n[i] >= e ? n[i] : n[o];
    t[l] = !0;
  }
}
function ov(t, e, n, i) {
  const o = t._adapter, l = +o.startOf(e[0].value, i), s = e[e.length - 1].value;
  let r, a;
  for (r = l; r <= s; r = +o.add(r, 1, i))
    a = n[r], a >= 0 && (e[a].major = !0);
  return e;
}
function Oc(t, e, n) {
  const i = [], o = {}, l = e.length;
  let s, r;
  for (s = 0; s < l; ++s)
    r = e[s], o[r] = s, i.push({
      value: r,
      major: !1
    });
  return l === 0 || !n ? i : ov(t, i, o, n);
}
class Ro extends pi {
  constructor(e) {
    super(e), this._cache = {
      data: [],
      labels: [],
      all: []
    }, this._unit = "day", this._majorUnit = void 0, this._offsets = {}, this._normalized = !1, this._parseOpts = void 0;
  }
  init(e, n = {}) {
    const i = e.time || (e.time = {}), o = this._adapter = new o4._date(e.adapters.date);
    o.init(n), Hi(i.displayFormats, o.formats()), this._parseOpts = {
      parser: i.parser,
      round: i.round,
      isoWeekday: i.isoWeekday
    }, super.init(e), this._normalized = n.normalized;
  }
  parse(e, n) {
    return e === void 0 ? null : _c(this, e);
  }
  beforeLayout() {
    super.beforeLayout(), this._cache = {
      data: [],
      labels: [],
      all: []
    };
  }
  determineDataLimits() {
    const e = this.options, n = this._adapter, i = e.time.unit || "day";
    let { min: o, max: l, minDefined: s, maxDefined: r } = this.getUserBounds();
    function a(c) {
      !s && !isNaN(c.min) && (o = Math.min(o, c.min)), !r && !isNaN(c.max) && (l = Math.max(l, c.max));
    }
    (!s || !r) && (a(this._getLabelBounds()), (e.bounds !== "ticks" || e.ticks.source !== "labels") && a(this.getMinMax(!1))), o = Ie(o) && !isNaN(o) ? o : +n.startOf(Date.now(), i), l = Ie(l) && !isNaN(l) ? l : +n.endOf(Date.now(), i) + 1, this.min = Math.min(o, l - 1), this.max = Math.max(o + 1, l);
  }
  _getLabelBounds() {
    const e = this.getLabelTimestamps();
    let n = Number.POSITIVE_INFINITY, i = Number.NEGATIVE_INFINITY;
    return e.length && (n = e[0], i = e[e.length - 1]), {
      min: n,
      max: i
    };
  }
  buildTicks() {
    const e = this.options, n = e.time, i = e.ticks, o = i.source === "labels" ? this.getLabelTimestamps() : this._generate();
    e.bounds === "ticks" && o.length && (this.min = this._userMin || o[0], this.max = this._userMax || o[o.length - 1]);
    const l = this.min, s = this.max, r = Lg(o, l, s);
    return this._unit = n.unit || (i.autoSkip ? Cc(n.minUnit, this.min, this.max, this._getLabelCapacity(l)) : iv(this, r.length, n.minUnit, this.min, this.max)), this._majorUnit = !i.major.enabled || this._unit === "year" ? void 0 : sv(this._unit), this.initOffsets(o), e.reverse && r.reverse(), Oc(this, r, this._majorUnit);
  }
  afterAutoSkip() {
    this.options.offsetAfterAutoskip && this.initOffsets(this.ticks.map((e) => +e.value));
  }
  initOffsets(e = []) {
    let n = 0, i = 0, o, l;
    this.options.offset && e.length && (o = this.getDecimalForValue(e[0]), e.length === 1 ? n = 1 - o : n = (this.getDecimalForValue(e[1]) - o) / 2, l = this.getDecimalForValue(e[e.length - 1]), e.length === 1 ? i = l : i = (l - this.getDecimalForValue(e[e.length - 2])) / 2);
    const s = e.length < 3 ? 0.5 : 0.25;
    n = At(n, 0, s), i = At(i, 0, s), this._offsets = {
      start: n,
      end: i,
      factor: 1 / (n + 1 + i)
    };
  }
  _generate() {
    const e = this._adapter, n = this.min, i = this.max, o = this.options, l = o.time, s = l.unit || Cc(l.minUnit, n, i, this._getLabelCapacity(n)), r = pe(o.ticks.stepSize, 1), a = s === "week" ? l.isoWeekday : !1, c = No(a) || a === !0, f = {};
    let u = n, h, d;
    if (c && (u = +e.startOf(u, "isoWeek", a)), u = +e.startOf(u, c ? "day" : s), e.diff(i, n, s) > 1e5 * r)
      throw new Error(n + " and " + i + " are too far apart with stepSize of " + r + " " + s);
    const p = o.ticks.source === "data" && this.getDataTimestamps();
    for (h = u, d = 0; h < i; h = +e.add(h, r, s), d++)
      Nc(f, h, p);
    return (h === i || o.bounds === "ticks" || d === 1) && Nc(f, h, p), Object.keys(f).sort(Ec).map((m) => +m);
  }
  getLabelForValue(e) {
    const n = this._adapter, i = this.options.time;
    return i.tooltipFormat ? n.format(e, i.tooltipFormat) : n.format(e, i.displayFormats.datetime);
  }
  format(e, n) {
    const o = this.options.time.displayFormats, l = this._unit, s = n || o[l];
    return this._adapter.format(e, s);
  }
  _tickFormatFunction(e, n, i, o) {
    const l = this.options, s = l.ticks.callback;
    if (s)
      return xe(s, [
        e,
        n,
        i
      ], this);
    const r = l.time.displayFormats, a = this._unit, c = this._majorUnit, f = a && r[a], u = c && r[c], h = i[n], d = c && u && h && h.major;
    return this._adapter.format(e, o || (d ? u : f));
  }
  generateTickLabels(e) {
    let n, i, o;
    for (n = 0, i = e.length; n < i; ++n)
      o = e[n], o.label = this._tickFormatFunction(o.value, n, e);
  }
  getDecimalForValue(e) {
    return e === null ? NaN : (e - this.min) / (this.max - this.min);
  }
  getPixelForValue(e) {
    const n = this._offsets, i = this.getDecimalForValue(e);
    return this.getPixelForDecimal((n.start + i) * n.factor);
  }
  getValueForPixel(e) {
    const n = this._offsets, i = this.getDecimalForPixel(e) / n.factor - n.end;
    return this.min + i * (this.max - this.min);
  }
  _getLabelSize(e) {
    const n = this.options.ticks, i = this.ctx.measureText(e).width, o = On(this.isHorizontal() ? n.maxRotation : n.minRotation), l = Math.cos(o), s = Math.sin(o), r = this._resolveTickFontOptions(0).size;
    return {
      w: i * l + r * s,
      h: i * s + r * l
    };
  }
  _getLabelCapacity(e) {
    const n = this.options.time, i = n.displayFormats, o = i[n.unit] || i.millisecond, l = this._tickFormatFunction(e, 0, Oc(this, [
      e
    ], this._majorUnit), o), s = this._getLabelSize(l), r = Math.floor(this.isHorizontal() ? this.width / s.w : this.height / s.h) - 1;
    return r > 0 ? r : 1;
  }
  getDataTimestamps() {
    let e = this._cache.data || [], n, i;
    if (e.length)
      return e;
    const o = this.getMatchingVisibleMetas();
    if (this._normalized && o.length)
      return this._cache.data = o[0].controller.getAllParsedValues(this);
    for (n = 0, i = o.length; n < i; ++n)
      e = e.concat(o[n].controller.getAllParsedValues(this));
    return this._cache.data = this.normalize(e);
  }
  getLabelTimestamps() {
    const e = this._cache.labels || [];
    let n, i;
    if (e.length)
      return e;
    const o = this.getLabels();
    for (n = 0, i = o.length; n < i; ++n)
      e.push(_c(this, o[n]));
    return this._cache.labels = this._normalized ? e : this.normalize(e);
  }
  normalize(e) {
    return $g(e.sort(Ec));
  }
}
le(Ro, "id", "time"), le(Ro, "defaults", {
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
function Vs(t, e, n) {
  let i = 0, o = t.length - 1, l, s, r, a;
  n ? (e >= t[i].pos && e <= t[o].pos && ({ lo: i, hi: o } = er(t, "pos", e)), { pos: l, time: r } = t[i], { pos: s, time: a } = t[o]) : (e >= t[i].time && e <= t[o].time && ({ lo: i, hi: o } = er(t, "time", e)), { time: l, pos: r } = t[i], { time: s, pos: a } = t[o]);
  const c = s - l;
  return c ? r + (a - r) * (e - l) / c : r;
}
class Sc extends Ro {
  constructor(e) {
    super(e), this._table = [], this._minPos = void 0, this._tableRange = void 0;
  }
  initOffsets() {
    const e = this._getTimestampsForTable(), n = this._table = this.buildLookupTable(e);
    this._minPos = Vs(n, this.min), this._tableRange = Vs(n, this.max) - this._minPos, super.initOffsets(e);
  }
  buildLookupTable(e) {
    const { min: n, max: i } = this, o = [], l = [];
    let s, r, a, c, f;
    for (s = 0, r = e.length; s < r; ++s)
      c = e[s], c >= n && c <= i && o.push(c);
    if (o.length < 2)
      return [
        {
          time: n,
          pos: 0
        },
        {
          time: i,
          pos: 1
        }
      ];
    for (s = 0, r = o.length; s < r; ++s)
      f = o[s + 1], a = o[s - 1], c = o[s], Math.round((f + a) / 2) !== c && l.push({
        time: c,
        pos: s / (r - 1)
      });
    return l;
  }
  _generate() {
    const e = this.min, n = this.max;
    let i = super.getDataTimestamps();
    return (!i.includes(e) || !i.length) && i.splice(0, 0, e), (!i.includes(n) || i.length === 1) && i.push(n), i.sort((o, l) => o - l);
  }
  _getTimestampsForTable() {
    let e = this._cache.all || [];
    if (e.length)
      return e;
    const n = this.getDataTimestamps(), i = this.getLabelTimestamps();
    return n.length && i.length ? e = this.normalize(n.concat(i)) : e = n.length ? n : i, e = this._cache.all = e, e;
  }
  getDecimalForValue(e) {
    return (Vs(this._table, e) - this._minPos) / this._tableRange;
  }
  getValueForPixel(e) {
    const n = this._offsets, i = this.getDecimalForPixel(e) / n.factor - n.end;
    return Vs(this._table, i * this._tableRange + this._minPos, !0);
  }
}
le(Sc, "id", "timeseries"), le(Sc, "defaults", Ro.defaults);
const ds = [
  {
    department: "Ain",
    department_value: "01",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Aisne",
    department_value: "02",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Allier",
    department_value: "03",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Alpes de Haute-Provence",
    department_value: "04",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Hautes-Alpes",
    department_value: "05",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Alpes-Maritimes",
    department_value: "06",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Ardèche",
    department_value: "07",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Ardennes",
    department_value: "08",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Ariège",
    department_value: "09",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Aube",
    department_value: "10",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Aude",
    department_value: "11",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Aveyron",
    department_value: "12",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Bouches-du-Rhône",
    department_value: "13",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Calvados",
    department_value: "14",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Cantal",
    department_value: "15",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Charente",
    department_value: "16",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Charente-Maritime",
    department_value: "17",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Cher",
    department_value: "18",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Corrèze",
    department_value: "19",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Corse-du-Sud",
    department_value: "2A",
    region: "Corse",
    region_value: "20R"
  },
  {
    department: "Haute-Corse",
    department_value: "2B",
    region: "Corse",
    region_value: "20R"
  },
  {
    department: "Côte-d’Or",
    department_value: "21",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Côtes d’Armor",
    department_value: "22",
    region: "Bretagne",
    region_value: "BRE"
  },
  {
    department: "Creuse",
    department_value: "23",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Dordogne",
    department_value: "24",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Doubs",
    department_value: "25",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Drôme",
    department_value: "26",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Eure",
    department_value: "27",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Eure-et-Loir",
    department_value: "28",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Finistère",
    department_value: "29",
    region: "Bretagne",
    region_value: "BRE"
  },
  {
    department: "Gard",
    department_value: "30",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Haute-Garonne",
    department_value: "31",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Gers",
    department_value: "32",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Gironde",
    department_value: "33",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Hérault",
    department_value: "34",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Ille-et-Vilaine",
    department_value: "35",
    region: "Bretagne",
    region_value: "BRE"
  },
  {
    department: "Indre",
    department_value: "36",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Indre-et-Loire",
    department_value: "37",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Isère",
    department_value: "38",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Jura",
    department_value: "39",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Landes",
    department_value: "40",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Loir-et-Cher",
    department_value: "41",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Loire",
    department_value: "42",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Haute-Loire",
    department_value: "43",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Loire-Atlantique",
    department_value: "44",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Loiret",
    department_value: "45",
    region: "Centre-Val de Loire",
    region_value: "CVL"
  },
  {
    department: "Lot",
    department_value: "46",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Lot-et-Garonne",
    department_value: "47",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Lozère",
    department_value: "48",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Maine-et-Loire",
    department_value: "49",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Manche",
    department_value: "50",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Marne",
    department_value: "51",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Haute-Marne",
    department_value: "52",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Mayenne",
    department_value: "53",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Meurthe-et-Moselle",
    department_value: "54",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Meuse",
    department_value: "55",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Morbihan",
    department_value: "56",
    region: "Bretagne",
    region_value: "BRE"
  },
  {
    department: "Moselle",
    department_value: "57",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Nièvre",
    department_value: "58",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Nord",
    department_value: "59",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Oise",
    department_value: "60",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Orne",
    department_value: "61",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Pas-de-Calais",
    department_value: "62",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Puy-de-Dôme",
    department_value: "63",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Pyrénées-Atlantiques",
    department_value: "64",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Hautes-Pyrénées",
    department_value: "65",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Pyrénées-Orientales",
    department_value: "66",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Bas-Rhin",
    department_value: "67",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Haut-Rhin",
    department_value: "68",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Rhône",
    department_value: "69",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Haute-Saône",
    department_value: "70",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Saône-et-Loire",
    department_value: "71",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Sarthe",
    department_value: "72",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Savoie",
    department_value: "73",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Haute-Savoie",
    department_value: "74",
    region: "Auvergne-Rhône-Alpes",
    region_value: "ARA"
  },
  {
    department: "Paris",
    department_value: "75",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Seine-Maritime",
    department_value: "76",
    region: "Normandie",
    region_value: "NOR"
  },
  {
    department: "Seine-et-Marne",
    department_value: "77",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Yvelines",
    department_value: "78",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Deux-Sèvres",
    department_value: "79",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Somme",
    department_value: "80",
    region: "Hauts-de-France",
    region_value: "HDF"
  },
  {
    department: "Tarn",
    department_value: "81",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Tarn-et-Garonne",
    department_value: "82",
    region: "Occitanie",
    region_value: "OCC"
  },
  {
    department: "Var",
    department_value: "83",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Vaucluse",
    department_value: "84",
    region: "Provence-Alpes-Côte d’Azur",
    region_value: "PAC"
  },
  {
    department: "Vendée",
    department_value: "85",
    region: "Pays de la Loire",
    region_value: "PDL"
  },
  {
    department: "Vienne",
    department_value: "86",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Haute-Vienne",
    department_value: "87",
    region: "Nouvelle-Aquitaine",
    region_value: "NAQ"
  },
  {
    department: "Vosges",
    department_value: "88",
    region: "Grand Est",
    region_value: "GES"
  },
  {
    department: "Yonne",
    department_value: "89",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Territoire-de-Belfort",
    department_value: "90",
    region: "Bourgogne-Franche-Comté",
    region_value: "BFC"
  },
  {
    department: "Essonne",
    department_value: "91",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Hauts-de-Seine",
    department_value: "92",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Seine-Saint-Denis",
    department_value: "93",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Val-de-Marne",
    department_value: "94",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Val-d’Oise",
    department_value: "95",
    region: "Île-de-France",
    region_value: "IDF"
  },
  {
    department: "Guadeloupe",
    department_value: "971",
    region: "Guadeloupe",
    region_value: "971"
  },
  {
    department: "Martinique",
    department_value: "972",
    region: "Martinique",
    region_value: "972"
  },
  {
    department: "Guyane française",
    department_value: "973",
    region: "Guyane",
    region_value: "973"
  },
  {
    department: "Réunion",
    department_value: "974",
    region: "La Réunion",
    region_value: "974"
  },
  {
    department: "Mayotte",
    department_value: "976",
    region: "Mayotte",
    region_value: "976"
  }
];
ln.register(Zm, jm, cr, ar, io);
const Ls = (t) => isNaN(t) ? t : Number.isInteger(t) ? parseInt(t).toLocaleString("fr-FR") : parseFloat(t).toLocaleString("fr-FR", { maximumFractionDigits: 2 }), Rc = function() {
  const t = navigator.userAgent || navigator.vendor || window.opera;
  return /(android|bb\d+|meego).+mobile|avantgo|bada\/|blackberry|blazer|compal|elaine|fennec|hiptop|iemobile|ip(hone|od)|iris|kindle|lge |maemo|midp|mmp|mobile.+firefox|netfront|opera m(ob|in)i|palm( os)?|phone|p(ixi|re)\/|plucker|pocket|psp|series(4|6)0|symbian|treo|up\.(browser|link)|vodafone|wap|windows ce|xda|xiino/i.test(t) || /1207|6310|6590|3gso|4thp|50[1-6]i|770s|802s|a wa|abac|ac(er|oo|s\-)|ai(ko|rn)|al(av|ca|co)|amoi|an(ex|ny|yw)|aptu|ar(ch|go)|as(te|us)|attw|au(di|\-m|r |s )|avan|be(ck|ll|nq)|bi(lb|rd)|bl(ac|az)|br(e|v)w|bumb|bw\-(n|u)|c55\/|capi|ccwa|cdm\-|cell|chtm|cldc|cmd\-|co(mp|nd)|craw|da(it|ll|ng)|dbte|dc\-s|devi|dica|dmob|do(c|p)o|ds(12|\-d)|el(49|ai)|em(l2|ul)|er(ic|k0)|esl8|ez([4-7]0|os|wa|ze)|fetc|fly(\-|_)|g1 u|g560|gene|gf\-5|g\-mo|go(\.w|od)|gr(ad|un)|haie|hcit|hd\-(m|p|t)|hei\-|hi(pt|ta)|hp( i|ip)|hs\-c|ht(c(\-| |_|a|g|p|s|t)|tp)|hu(aw|tc)|i\-(20|go|ma)|i230|iac( |\-|\/)|ibro|idea|ig01|ikom|im1k|inno|ipaq|iris|ja(t|v)a|jbro|jemu|jigs|kddi|keji|kgt( |\/)|klon|kpt |kwc\-|kyo(c|k)|le(no|xi)|lg( g|\/(k|l|u)|50|54|\-[a-w])|libw|lynx|m1\-w|m3ga|m50\/|ma(te|ui|xo)|mc(01|21|ca)|m\-cr|me(rc|ri)|mi(o8|oa|ts)|mmef|mo(01|02|bi|de|do|t(\-| |o|v)|zz)|mt(50|p1|v )|mwbp|mywa|n10[0-2]|n20[2-3]|n30(0|2)|n50(0|2|5)|n7(0(0|1)|10)|ne((c|m)\-|on|tf|wf|wg|wt)|nok(6|i)|nzph|o2im|op(ti|wv)|oran|owg1|p800|pan(a|d|t)|pdxg|pg(13|\-([1-8]|c))|phil|pire|pl(ay|uc)|pn\-2|po(ck|rt|se)|prox|psio|pt\-g|qa\-a|qc(07|12|21|32|60|\-[2-7]|i\-)|qtek|r380|r600|raks|rim9|ro(ve|zo)|s55\/|sa(ge|ma|mm|ms|ny|va)|sc(01|h\-|oo|p\-)|sdk\/|se(c(\-|0|1)|47|mc|nd|ri)|sgh\-|shar|sie(\-|m)|sk\-0|sl(45|id)|sm(al|ar|b3|it|t5)|so(ft|ny)|sp(01|h\-|v\-|v )|sy(01|mb)|t2(18|50)|t6(00|10|18)|ta(gt|lk)|tcl\-|tdg\-|tel(i|m)|tim\-|t\-mo|to(pl|sh)|ts(70|m\-|m3|m5)|tx\-9|up(\.b|g1|si)|utst|v400|v750|veri|vi(rg|te)|vk(40|5[0-3]|\-v)|vm40|voda|vulc|vx(52|53|60|61|70|80|81|83|85|98)|w3c(\-| )|webc|whit|wi(g |nc|nw)|wmlb|wonu|x700|yas\-|your|zeto|zte\-/i.test(
    t.substr(0, 4)
  );
}, lv = (t) => ds.find((e) => e.department_value === t), rv = (t) => ds.find((e) => e.region_value === t), av = () => ds.map((t) => t.department_value), cv = () => ds.map((t) => t.region_value), fv = (t) => ds.filter((n) => n.region_value === t).map((n) => n.department_value), uv = {
  methods: {
    getDep: lv,
    getReg: rv,
    getAllDep: av,
    getAllReg: cv,
    getDepsFromReg: fv
  }
}, Wn = {
  props: {
    onenter: Function,
    onleave: Function,
    onclick: Function,
    ondblclick: Function
  }
}, tn = (t, e) => {
  const n = t.__vccOpts || t;
  for (const [i, o] of e)
    n[i] = o;
  return n;
}, hv = { class: "map_info fr-col-12 fr-col-lg-3" }, dv = { key: 0 }, pv = { class: "flex fr-text--sm fr-text--bold fr-mb-2w" }, gv = { class: "fr-text--sm fr-text--bold fr-mb-1v" }, mv = { class: "fr-text--md fr-text--bold fr-my-0" }, vv = { class: "scale fr-mt-auto" }, bv = { class: "scale_values" }, yv = { class: "min fr-text--sm fr-text--bold fr-mb-0" }, kv = { class: "max fr-text--sm fr-text--bold fr-mb-0" }, wv = {
  __name: "MapInfo",
  props: {
    data: {
      type: Object,
      required: !0
    }
  },
  setup(t) {
    const e = t, n = uu(() => "linear-gradient(90deg," + e.data.colorMin + " 0%," + e.data.colorMax + " 100%)");
    return (i, o) => (Ke(), rt("div", hv, [
      t.data.valueNat || t.data.valueReg ? (Ke(), rt("div", dv, [
        w("p", {
          class: "fr-text--xs fr-mb-1v",
          style: D({ color: t.data.textMention })
        }, " Mise à jour : " + lt(t.data.date), 5),
        w("p", {
          class: "fr-text--xs fr-text--bold fr-mb-1v",
          style: D({ color: t.data.textMention })
        }, lt(t.data.names) + ", en France ", 5),
        o[0] || (o[0] = w("div", { class: "sep fr-mb-2w" }, null, -1)),
        w("p", {
          class: "fr-text--xs fr-text--bold fr-mb-2w",
          style: D({ color: t.data.textMention })
        }, lt(ei(Ls)(t.data.value)), 5)
      ])) : Xs("", !0),
      w("div", null, [
        w("p", {
          class: "fr-text--xs fr-mb-1v",
          style: D({ color: t.data.textMention })
        }, " Localisation ", 4),
        w("p", pv, [
          w("span", null, lt(t.data.localisation), 1)
        ]),
        w("p", {
          class: "fr-text--xs fr-mb-1v",
          style: D({ color: t.data.textMention })
        }, " Mise à jour : " + lt(t.data.date), 5),
        w("p", gv, lt(t.data.names), 1),
        w("p", mv, lt(ei(Ls)(t.data.valueNat || t.data.valueReg || t.data.value)), 1)
      ]),
      w("div", vv, [
        o[1] || (o[1] = w("div", { class: "sep fr-my-2w" }, null, -1)),
        w("p", {
          class: "fr-text--xs fr-mb-1w",
          style: D({ color: t.data.textMention })
        }, " Légende ", 4),
        w("div", {
          class: "scale_container",
          style: D({ background: n.value })
        }, null, 4),
        w("div", bv, [
          w("span", yv, lt(ei(Ls)(t.data.min)), 1),
          w("span", kv, lt(ei(Ls)(t.data.max)), 1)
        ])
      ])
    ]));
  }
}, xv = /* @__PURE__ */ tn(wv, [["__scopeId", "data-v-25dc55bf"]]), Mv = {
  mixins: [Wn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Dv = ["viewBox"], Ev = ["stroke"];
function _v(t, e, n, i, o, l) {
  return Ke(), rt("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: n.config.viewBox
  }, [
    w("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": ".2%"
    }, [
      w("path", {
        class: "FR-2A",
        style: D({ display: n.config.displayDep["FR-2A"] }),
        d: "M930 907v3l3 3 6 4 1 3-4 1-5 1v2l2 2v8l8 2 3 1 2 4-2 2-2 1-3 4-2 3 1 6h6l1 1 5-2 2 1-3 6 3 2-5 3-2 7 8 2 11 1-5 5s-2-1-3-1v1c0 2-3 6-3 7l4 3 6 4 12 4 4 1 3 2-2 3h6l1 3h5l2-7-4-1 5-5-1-2v-3l7-4v-4h-4l-3 2v-4h5l2-4 2-13-1-5v-5l-7 4h-7l-1-5 1-1-2-2-1-9-1-2h-4l-2-1v-6l-2-2-2-1-4-5v-3h-5l-2-5h-6l-4-4 1-2-2-1h-5l-2-1h-8v-2z",
        onClick: e[0] || (e[0] = (s) => t.onclick(s)),
        onDblclick: e[1] || (e[1] = (s) => t.ondblclick()),
        onMouseenter: e[2] || (e[2] = (s) => t.onenter(s)),
        onMouseleave: e[3] || (e[3] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-2B",
        style: D({ display: n.config.displayDep["FR-2B"] }),
        d: "m990 834-5 4v4l3 3-3 3 1 3-2 2v3l4 4v5l-2 4-3 1-3-3h-5l-1-1h-4l-4 4-2 6-9 2-7 6-2 4-3-1-2-2-1 6-3 1v6l1 3-4 3-1 3h4v2h7l2 1h6l2 1-1 2 4 4h6l2 5h5v3l3 5 3 1 2 2v6l2 2h4l1 1 1 9 2 2-1 1 1 5h7l7-4-1-11 9-12v-20l-4-7-1-22-2-4-5-4-1-13 2-6-2-10-2-8-2-2z",
        onClick: e[4] || (e[4] = (s) => t.onclick(s)),
        onDblclick: e[5] || (e[5] = (s) => t.ondblclick()),
        onMouseenter: e[6] || (e[6] = (s) => t.onenter(s)),
        onMouseleave: e[7] || (e[7] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-13",
        style: D({ display: n.config.displayDep["FR-13"] }),
        d: "m686 750-10 5-3 20-11-2-3 8 3 4-12 7-3 8h11l15 1 3 3h-5l-4 6 16 3 12-2-7-6 5-4 7 3 3 7 20 1 6-3 1 4-6 5h8l-1 4-2 2h17l9 3 1 1v-7l3-3 3-2v-2l-3-2h-3l-2-2 3-3v-1l-3-1v-3h7l2-1-6-6v-7l-4-3 3-7 8-5-6-4-4 3-10 3-7-1-15-6h-8l-7-3-3-4-5-6-13-5h-1z",
        onClick: e[8] || (e[8] = (s) => t.onclick(s)),
        onDblclick: e[9] || (e[9] = (s) => t.ondblclick()),
        onMouseenter: e[10] || (e[10] = (s) => t.onenter(s)),
        onMouseleave: e[11] || (e[11] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-84",
        style: D({ display: n.config.displayDep["FR-84"] }),
        d: "M699 697h-5l-4 6 1 7 6 1-1 2-5 1-5 5-1-2 1-7-2-2-10 1-2 4 1 1 6 10v8l11 11v4l-4 3 13 5 5 6 3 4 7 3h9l14 6 8 1 9-3 4-3 1-2-7-9h-9v-3l3-3v-4l-6-3-1-5 4-2v-4l-4-1-1-5h-3l-6-5-1-4-10-1-7-1-1-4 2-5-4 4-8-1-1-3 5-6z",
        onClick: e[12] || (e[12] = (s) => t.onclick(s)),
        onDblclick: e[13] || (e[13] = (s) => t.ondblclick()),
        onMouseenter: e[14] || (e[14] = (s) => t.onenter(s)),
        onMouseleave: e[15] || (e[15] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-83",
        style: D({ display: n.config.displayDep["FR-83"] }),
        d: "M830 756h-6l-2 2h-10l-9 6-6-4-9 3-1 4-7 5-12-8-9 3-1 2 7 4-8 6-4 6 4 3v7l6 6-2 1h-7v3l4 1v1l-3 3 1 2h3l3 2v2l-3 2-3 3v7l1 2 6 2 2 8 4 1 4-3 6-4 11 1v3l-4 2h9l-2-2-1-5 5-3 5 2h2l2 3 3-2v-5l3-2h8l2-4 5 2 6-3v-9h-8l6-3 3-4 1-6 10-1 6-7-4-4v-2l-2-2 2-2v-4l-5-2h-2l-4-3v-8l-5-1-4-1-1-4z",
        onClick: e[16] || (e[16] = (s) => t.onclick(s)),
        onDblclick: e[17] || (e[17] = (s) => t.ondblclick()),
        onMouseenter: e[18] || (e[18] = (s) => t.onenter(s)),
        onMouseleave: e[19] || (e[19] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-04",
        style: D({ display: n.config.displayDep["FR-04"] }),
        d: "m841 665-4 6-5 4-2 3-5 1v3l-2 2-2 5h-11l-6-3-4 3-6-1-2 3h2v6h-1l-6-3v-3l-4-3h-2v4h-3l-6 4-4 6-1 4h2l1 5h-2l-4-3-2 1 1 2 5 7-3 1-3-2h-6l-6 6v2l-2-3-3-2-2 5-3 3h-2l1 5 4 1v4l-4 2 1 5 6 3v4l-3 3v3h8l8 9 9-3 12 8 7-5 1-4 10-3 5 4 9-6h10l2-2h6l-2-4 2-2v-2h5l1-2 5-3 4 3 2-2-6-5-6-6-3-1v-5l-4-6 2-8 1-5 4-3v-4l5-3h1v-7l5-1-3-3-3-1-2-4 1-4 7-7-1-5h1z",
        onClick: e[20] || (e[20] = (s) => t.onclick(s)),
        onDblclick: e[21] || (e[21] = (s) => t.ondblclick()),
        onMouseenter: e[22] || (e[22] = (s) => t.onenter(s)),
        onMouseleave: e[23] || (e[23] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-06",
        style: D({ display: n.config.displayDep["FR-06"] }),
        d: "M841 698h-1l-5 3v4l-4 3-1 5-2 8 4 6v5l3 1 6 6 6 5-2 2-4-3-5 3-1 2h-5v2l-2 2 2 4-4 2 1 4h4l5 2v7l4 4h2l5 2v3l-2 3 2 1v3l4 4 1-9 7 2 2-3h4v-11l9-1 7-6h6l1-4 6-4-4-8 6-5-1-5 8-3 2-8-1-5-2-3-2-5h-5l-17 6h-5l-10-7-9-3h-5v-6z",
        onClick: e[24] || (e[24] = (s) => t.onclick(s)),
        onDblclick: e[25] || (e[25] = (s) => t.ondblclick()),
        onMouseenter: e[26] || (e[26] = (s) => t.onenter(s)),
        onMouseleave: e[27] || (e[27] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-05",
        style: D({ display: n.config.displayDep["FR-05"] }),
        d: "m810 619-3 1-1 6-6 1-1-6-2-2-7 1-2 2-2 8 1 2h8l1 5 3 1v8h-7l-2 3-9-1-4 4-4-2-4 4 1 3-2 3h-10v4l3 2-1 2-6 3-7 1-3 6v5l4 3-4 5-5-3h-6v3l3 3-4 3 1 6 13 3 2 5h3l-1 11 6-5h6l3 2 3-1-5-7-1-2 2-1 4 3h2l-1-5h-2l1-4 4-6 6-4h3v-4h2l4 3v3l6 3h2l-1-6h-2l2-3 6 1 4-3 6 3h11l2-5 2-2v-3l5-1 1-3 6-4 4-6 5 1 3-4h4v-3l-5-3-1-10-4-1h-5l-10-4-1-11-6-2-1-4-3-5z",
        onClick: e[28] || (e[28] = (s) => t.onclick(s)),
        onDblclick: e[29] || (e[29] = (s) => t.ondblclick()),
        onMouseenter: e[30] || (e[30] = (s) => t.onenter(s)),
        onMouseleave: e[31] || (e[31] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-48",
        style: D({ display: n.config.displayDep["FR-48"] }),
        d: "m577 643-10 4-3 6-7-4-5 16-5 12 7 9v7l5 4v8l2 13 6 2-1 4 9-1 3 1-2 2 11 7 10-2 1-2-1-3 4-1 6 5 9 1 4-7v-5l3-3-2-1v-7l-6-6h5l2-2 2-4-2-1 1-7-6-7-3-13-9-12-7 2-1-6h-4v5l-10 3z",
        onClick: e[32] || (e[32] = (s) => t.onclick(s)),
        onDblclick: e[33] || (e[33] = (s) => t.ondblclick()),
        onMouseenter: e[34] || (e[34] = (s) => t.onenter(s)),
        onMouseleave: e[35] || (e[35] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-03",
        style: D({ display: n.config.displayDep["FR-03"] }),
        d: "m541 451-5 6h-3l-3 4-3-4-10 9v6l2 2v2l-5 4-5-1-9 2-4 5-2 4 4 6v4l3 4 2-4 3 5 4 2 4 9v3l6 4 3-1 2-6h2v-3l4-1 1 2 5-5h5l1 2-2 3 3 5 1 2 9 5 12 2h3l5 1 4-3 3 2 1 4 4 1h6l1 4 5 2v-2h9l-1-21-2-5 1-4 6-1 8-6v-14l-3-4h-5l-2-3h-7l-1-2v-5l-8-14-3-2-7 9-3 1-1-5-3-2-2 3h-5l-1-3-4 2-3 2-5-4-6-3v-5z",
        onClick: e[36] || (e[36] = (s) => t.onclick(s)),
        onDblclick: e[37] || (e[37] = (s) => t.ondblclick()),
        onMouseenter: e[38] || (e[38] = (s) => t.onenter(s)),
        onMouseleave: e[39] || (e[39] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-30",
        style: D({ display: n.config.displayDep["FR-30"] }),
        d: "m624 696-2 4-2 2h-5l6 6v7l2 1-3 3v5l-4 7-9-1-6-5-4 1 1 3-1 3-10 1-11-7-2 2v5l-4 1 1 4 5 1h6l1 7-6 3v4l5 2v2l2 2 2-2h3l1 3h4l2-7h3l5-6h6l1 9 2 3 4-2 6 3 2 4 11 6 4 10v4l-7 4-5 4 6 1v7h13l3-8 12-7-3-4 3-8 11 2 2-20 15-8v-4l-11-11v-8l-6-10-13-7-1 5-5 1-2-6-5 1-1 7-4-1-8-6-4 2v-10z",
        onClick: e[40] || (e[40] = (s) => t.onclick(s)),
        onDblclick: e[41] || (e[41] = (s) => t.ondblclick()),
        onMouseenter: e[42] || (e[42] = (s) => t.onenter(s)),
        onMouseleave: e[43] || (e[43] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-11",
        style: D({ display: n.config.displayDep["FR-11"] }),
        d: "m491 802-1 7-6-2h-7v-3l-4 1-7 2-3-4-5 4 2 4-6 2-1 6-5 2 5 5-1 3 17 8 2 13v6l1 9h-9l-3 4 12 9 7-3 8 9-1 1h1l15-7-4-5v-6h34l-1-5 8-4 10 7 4 2v-22l-4 1-4-6 3-5 6 6 6-4 3-4 1-4h-5l-1-5h-5l-4-7-4 1-3-2-1-6-2 1 1 4h-5v6l-7 3-3-7-5 3-4-3-1-5 3-4-2-4h-11l-11-2z",
        onClick: e[44] || (e[44] = (s) => t.onclick(s)),
        onDblclick: e[45] || (e[45] = (s) => t.ondblclick()),
        onMouseenter: e[46] || (e[46] = (s) => t.onenter(s)),
        onMouseleave: e[47] || (e[47] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-34",
        style: D({ display: n.config.displayDep["FR-34"] }),
        d: "m604 747-5 6h-3l-2 7h-4l-1-3h-3l-2 2-2-2v-3l-5-2v2l-7 1-3 3 1 6h-5l-6-3h-3v4l1 10h-10l-2 4-13 5-5-4-3 5-2 5 6 5-2 7-8 2 2 4-3 4 1 5 4 3 5-3 3 7 7-3v-6h5l-1-4 2-1 1 6 3 2 4-1 4 7h5l1 5h5v-2l13-3 1-4h11l3-4 19-16 12-8h5l5-4 7-4v-5l-4-9-11-6-2-5-6-3-4 2-2-2-1-9z",
        onClick: e[48] || (e[48] = (s) => t.onclick(s)),
        onDblclick: e[49] || (e[49] = (s) => t.ondblclick()),
        onMouseenter: e[50] || (e[50] = (s) => t.onenter(s)),
        onMouseleave: e[51] || (e[51] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-66",
        style: D({ display: n.config.displayDep["FR-66"] }),
        d: "m539 858-8 4 1 5h-34v6l4 5-15 7h-14l-1 3-6 2-4 4-12 2 1 4 6 5 10 3v6l6 5h5l6-8 7-1 12 4 10 8 3-3h3l2 2 2-2 1-5 11-2 3-5 6-2h7l5 5 6 1v-6l-3-4-5-2-1-32-5-2z",
        onClick: e[52] || (e[52] = (s) => t.onclick(s)),
        onDblclick: e[53] || (e[53] = (s) => t.ondblclick()),
        onMouseenter: e[54] || (e[54] = (s) => t.onenter(s)),
        onMouseleave: e[55] || (e[55] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-15",
        style: D({ display: n.config.displayDep["FR-15"] }),
        d: "m512 590-1 4 2 5-2 2h-4l-4-4-3-2v10l-7 5-4 6 1 6-2 3-2 6h-2l-3 4 2 2 1 4-4 3 1 12 7 5-5 10 5 2-2 6 4 1 3-5h5l1 1h11l2-4 3-1 1-8h2v-9l11-9 1 1 1 7 7-1 1 10h4l1 11 3 3 5-11 5-16 7 4 3-7 9-3v-3l-2-3-4-2 2-3-2-2h2l3-2-4-1-2-2-1-7-2-2-2-6h-8l-2-5h-2l-2 3-5-1-5-7-2-1-4-2-2 3h-6l-3-7z",
        onClick: e[56] || (e[56] = (s) => t.onclick(s)),
        onDblclick: e[57] || (e[57] = (s) => t.ondblclick()),
        onMouseenter: e[58] || (e[58] = (s) => t.onenter(s)),
        onMouseleave: e[59] || (e[59] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-43",
        style: D({ display: n.config.displayDep["FR-43"] }),
        d: "m571 595-2 2v2h-4l-4 3-6 1-2 2h1l2 5h8l2 6 2 2 1 7 1 2 5 1-3 2h-2l2 2-2 3 4 2 2 3v3h1l6 17 9-3 1-5h4l1 6 7-2 8 10 6-8 9-7h9l3-9h5l1-7h5l-1-2-1-5 2-4 5-2 2-8-5-6h-6l1-6-11-5h-4l-8 6-8-2-1 2-5-2-3-3-2 4-5-1-3-2-2 5-4-2-2-4h-3l-2-2-4 1h-5l-2-1-2 1z",
        onClick: e[60] || (e[60] = (s) => t.onclick(s)),
        onDblclick: e[61] || (e[61] = (s) => t.ondblclick()),
        onMouseenter: e[62] || (e[62] = (s) => t.onenter(s)),
        onMouseleave: e[63] || (e[63] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-63",
        style: D({ display: n.config.displayDep["FR-63"] }),
        d: "m537 509-5 5v-2l-5 1v3h-2l-2 6-3 1-5-4v8l3 4 1 7-4 3-1 5-4 2-7 4 1 3 8 9 1 5-3 5v5l2 3 1 6-1 2 11 4 3 6h6l2-2 4 1 2 1 5 7 5 1 2-3h1l2-2 6-1 4-3h4v-3l2-1 1 2 2-1 2 1h5l4-2 2 3h3l2 4 4 1 2-4 3 2 5 1 2-4 3 3 5 1 1-1-2-1-1-4 6-7-3-12-9-6-4-9-5-6 2-8 3-3-6-5v-1l-5-2-2-4h-5l-4-1-1-4-3-2-4 2-5-1-4 1-11-2-9-5-1-3-3-4 2-4-1-1z",
        onClick: e[64] || (e[64] = (s) => t.onclick(s)),
        onDblclick: e[65] || (e[65] = (s) => t.ondblclick()),
        onMouseenter: e[66] || (e[66] = (s) => t.onenter(s)),
        onMouseleave: e[67] || (e[67] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-65",
        style: D({ display: n.config.displayDep["FR-65"] }),
        d: "m315 784-3 2 6 10-3 4 2 4 5 6-4 5-5 13-10 8 2 5-2 2-5-1-2 12-3 2v7h1l6 3 7 6 1 4 5 5h5l12-5 5 6 7 1 2-4 4 1 7 1-1-19h4l3 1 2-2v-4l5-2-2-7-2-2-4 2 2-4-1-4-6-4 1-3 3-6 4-1v-3l3-3 1-3-6-3h-9l-1-3h-5l-1-3h-5l-1 1h-5v-3l-4-2 1-1 1-4-1-1-2-5-4-1-4-2v-6z",
        onClick: e[68] || (e[68] = (s) => t.onclick(s)),
        onDblclick: e[69] || (e[69] = (s) => t.ondblclick()),
        onMouseenter: e[70] || (e[70] = (s) => t.onenter(s)),
        onMouseleave: e[71] || (e[71] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-64",
        style: D({ display: n.config.displayDep["FR-64"] }),
        d: "m302 785-5 3-10-1-1-1-7 2-5 1-4-3-5 2-1-2h-5l-3 2h-9l-4 3h-9l-1 2-2-1 2-3-4-3-6 5h-9l-11-5-1 3-8 10-7 3h-4v4l4 4h6l1 5 5 1 1-4 7 3 4 1 1 5-2 2v7l-5 2v3l3 4 6 2 1-6 3-3-1 5 3 3h6l3 4 9 2 8 5h14l1 7 9 7 4 5 4-2 3-1 2 2 3-2 7-4v-7l3-2 2-12 5 1 2-2-2-5 9-8 6-13 4-5-5-6-2-4 3-4-6-10-9-1z",
        onClick: e[72] || (e[72] = (s) => t.onclick(s)),
        onDblclick: e[73] || (e[73] = (s) => t.ondblclick()),
        onMouseenter: e[74] || (e[74] = (s) => t.onenter(s)),
        onMouseleave: e[75] || (e[75] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-40",
        style: D({ display: n.config.displayDep["FR-40"] }),
        d: "m243 684-12 6h-3l-6 34-8 32-3 12-2 9-6 9 11 5h9l6-5 4 4-2 2 2 1 1-2h9l4-4 9 1 3-2h5l1 2 5-2 3 3 6-1 7-2 1 1 10 1 5-3-2-5 2-7 4-4-1-7 3-3-5-7 4-4 4-1 4 2 5-5 1 6 2 2 4-1v-4l1-3-1-2 1-7 4-4-2-3h-4l-5-2-7 1-2-8-4-6h-2l1 6v2l-7 1-6-3-2-8-4-5h-3l-1-3-3-2-6-2 2-2v-2l-2-2-3-1h-6l-4 4h-3l-4-3-6 3-3-2 2-3 1-5z",
        onClick: e[76] || (e[76] = (s) => t.onclick(s)),
        onDblclick: e[77] || (e[77] = (s) => t.ondblclick()),
        onMouseenter: e[78] || (e[78] = (s) => t.onenter(s)),
        onMouseleave: e[79] || (e[79] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-33",
        style: D({ display: n.config.displayDep["FR-33"] }),
        d: "m245 575-6 9-2 30-4 30-4 24v6l3-8 5-6 7 6 1 2 2 3-9 1-2-3-3 2-1 5-4 6v8h3l11-6 7 2-1 4-2 4 3 1 6-2 4 3h3l3-4 7-1 2 2 2 2v2l-1 2 6 2 3 2v3h4l4 5 2 8 6 2h6v-8h2l3 5 6-1 3-3-1-3-2-2 1-4h3l4-2-2-4-1-4 3-5 5-8 4-4 3-1v-4h-3l-2-4 1-3 5-1 3-1 4-1-1-7 4-2-5-3-4 5h-11l-1-2-4-2 3-3v-4l-1-2v-1l3-3 1-5 2-6-2-3h-4l-2-2-1 4-4-2-5 2-4-1-9-8h-5l-1-12-10-1v-5l-2 1h-10v3l3 10v11l-1 2-2-8-5-20-19-17 1-7-4-1z",
        onClick: e[80] || (e[80] = (s) => t.onclick(s)),
        onDblclick: e[81] || (e[81] = (s) => t.ondblclick()),
        onMouseenter: e[82] || (e[82] = (s) => t.onenter(s)),
        onMouseleave: e[83] || (e[83] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-24",
        style: D({ display: n.config.displayDep["FR-24"] }),
        d: "m372 566-3 6h-6v9l-17 12v12l-7 7-3 3-7-1-4 7-1 2 1 3h4l2 3-2 5-1 6-3 2v2l1 1v4l-2 3 3 2 1 3 11-1 4-5 5 3-4 2 1 7 5 4 1 7 5 2 3-3h8l3-3h3v3h8l1-2h3l3 3v3l-3 1 1 2 4 1 4-4h4l3 3 5 2 1-1 3-3 1-6h7l6-8h-3v-4l6-1v-4l3-1 4-6-4-4v-4l3-2-3-5v-8h-8l-3-2 3-3-4-4 3-3-3-2v-5l7-6-4-3-2-6-8-1-2-2 5-2-2-3-8-1-2-7-11-1-3 3-2 1-3-4 1-4-2-4z",
        onClick: e[84] || (e[84] = (s) => t.onclick(s)),
        onDblclick: e[85] || (e[85] = (s) => t.ondblclick()),
        onMouseenter: e[86] || (e[86] = (s) => t.onenter(s)),
        onMouseleave: e[87] || (e[87] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-47",
        style: D({ display: n.config.displayDep["FR-47"] }),
        d: "M345 664h-4l-3 1-5 1-1 4 2 3 3 1v3l-3 1-3 4-6 8-2 5 1 5 1 3-4 2h-3l-1 4 3 2v3l-3 3-5 1v1l2 8 7-1 5 2h4l2 3-4 4-1 7 1 2 1-3 5 4 5-6 3 4 6-1 7-1 2-5 11-1 6 5 2-2 3-1-1-5 5-1 7-2-2-4 3-3 1-6-4-5 3-8 6 3 7-1-3-8-3-11h7l2-4-6-2-3-3h-4l-4 4-4-1-1-2 3-1v-3l-3-3-3-1-2 2h-7v-2h-2l-4 3h-8l-3 3-5-2-1-7-5-4z",
        onClick: e[88] || (e[88] = (s) => t.onclick(s)),
        onDblclick: e[89] || (e[89] = (s) => t.ondblclick()),
        onMouseenter: e[90] || (e[90] = (s) => t.onenter(s)),
        onMouseleave: e[91] || (e[91] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-46",
        style: D({ display: n.config.displayDep["FR-46"] }),
        d: "m441 634-7 4h-1l-3 2v4l4 4-4 6-3 1v4l-6 1v3l3 1-6 8h-8v6l-3 3-2 5h-7l3 11 3 7 4-1 1 2-3 3 2 4h3l3 4h3l2-3 1 1v3l1 4h7l5-5 3-1 1 2 2 4h3l1-7 5 1 3-4 6 1 8-4v1l2-2-3-5-1-7 4-3h2l6-6h3l1-2h7l2-2 1-2-3-1 2-6-5-2 5-10-6-5-2-13-6-2-4 4-2-3-6 6h-4l-8-10z",
        onClick: e[92] || (e[92] = (s) => t.onclick(s)),
        onDblclick: e[93] || (e[93] = (s) => t.ondblclick()),
        onMouseenter: e[94] || (e[94] = (s) => t.onenter(s)),
        onMouseleave: e[95] || (e[95] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-09",
        style: D({ display: n.config.displayDep["FR-09"] }),
        d: "m422 817-2 2-1 1 5 4 1 2-1 2-8 1-2 3v1l3 1 2 2-2 3h-2l-4-3-4-2-5 1-7 4v7l2 1-1 5-8 2-4 4v7l2 1-3 3 1 1 11 3h5l7 7h15l6 9 6-2 15 2 1 7 12-2 4-4 6-2 1-3 14-1-8-9-7 3-12-9 3-4h9l-1-9v-6l-2-13-17-8v-3l-3-4-3 1-4 1-7-4h-2l3 4-1 2h-6l-1-4-3-5z",
        onClick: e[96] || (e[96] = (s) => t.onclick(s)),
        onDblclick: e[97] || (e[97] = (s) => t.ondblclick()),
        onMouseenter: e[98] || (e[98] = (s) => t.onenter(s)),
        onMouseleave: e[99] || (e[99] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-32",
        style: D({ display: n.config.displayDep["FR-32"] }),
        d: "m368 735-11 1-2 5-7 1-6 1-3-4-5 6-5-4-2 6v4l-4 1-2-2-1-6-5 5-4-2-4 1-4 4 5 8-3 2 1 7-4 4-2 7 3 5 9 1 3-2h6v6l4 2 4 1 2 5 1 1-1 4-1 1 4 2v3h5l1-1h5l1 3h5l1 3h9l6 3 1-1 4-2 6-8 12 1 5 3 2-2 3-8 3-7 7-3 3-2-1-2-3-1-2-3h-2l-4-4v-3l-6-6-1-3-3 1-1-2 2-3-3-3v-4l-2-3h-7v-4l4-3v-4l4-1-2-2-3 2h-5l-2-2h-1l-1 2z",
        onClick: e[100] || (e[100] = (s) => t.onclick(s)),
        onDblclick: e[101] || (e[101] = (s) => t.ondblclick()),
        onMouseenter: e[102] || (e[102] = (s) => t.onenter(s)),
        onMouseleave: e[103] || (e[103] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-31",
        style: D({ display: n.config.displayDep["FR-31"] }),
        d: "m437 754-5 2-2 3-2-2-4-1v3l-3 1 4 2-3 4-8 2-3-4h-4l-2 1h-10l-1 1 1 3 6 6v3l4 4h2l2 3 3 1 1 2-3 2-7 3-3 7-3 8-2 2-5-3-12-1-7 8-3 2-2 4-3 3v3l-4 1-3 6-1 3 6 4 1 4-2 4 4-2 2 2 2 7-5 2v4l-2 2-3-2h-4l1 20 14 1 1-18 5 1 8 4 3-3-2-1v-7l4-4 8-2 1-5-2-1v-7l7-4 5-1 4 2 4 3h2l2-3-2-2-3-1v-1l2-3 8-1 1-2-1-2-5-4 1-1 2-2h3l3 5 1 4h6l1-3-3-3h2l7 4 4-1 3-1-1-1 5-2 1-5 6-3-2-4 5-4 3 4 7-2h2v-7h-4l-5-1-4-5-2-3-8-3-2-3 2-1v-4l-2-2-4-6v-4l-1-1-4-4-2-5z",
        onClick: e[104] || (e[104] = (s) => t.onclick(s)),
        onDblclick: e[105] || (e[105] = (s) => t.ondblclick()),
        onMouseenter: e[106] || (e[106] = (s) => t.onenter(s)),
        onMouseleave: e[107] || (e[107] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-82",
        style: D({ display: n.config.displayDep["FR-82"] }),
        d: "m391 703-3 8 4 5-1 6-3 3 2 4-7 2-5 1 1 5-3 1 2 2h5l3-2 2 2-4 1v4l-4 3v4h7l2 3v4l3 3-2 3 1 2 4-2h10l2-1h4l3 4 8-2 3-4-4-2 3-1v-3l4 1 2 2 2-3 5-2 2 1 2-3-3-3h6l2-4 4-4h-4l2-5 11-2 4-2 5-2 2-2-2-5 3-6h-6v-8l-8 3-5-1-4 4-5-1-1 7h-3l-1-4-1-2-3 1-6 5h-7l-1-4v-4l-3 3h-3l-3-4h-3l-2-4 3-3v-2h-5v2l-7 1z",
        onClick: e[108] || (e[108] = (s) => t.onclick(s)),
        onDblclick: e[109] || (e[109] = (s) => t.ondblclick()),
        onMouseenter: e[110] || (e[110] = (s) => t.onenter(s)),
        onMouseleave: e[111] || (e[111] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-12",
        style: D({ display: n.config.displayDep["FR-12"] }),
        d: "m529 645-11 9v9h-2l-1 8-3 1-2 4h-11l-1-1h-5l-3 5h-1l-1 2-2 2h-7l-1 2h-3l-6 6h-2l-4 3 1 7 3 5-2 2v8h5l-3 6 3 6 3-2 1 3 4-4h6l7 4 10 2 4 7 6 2 3 8-1 3 4 7v3l7 9 6 3 4-1 2-3 3 1 6 4h10l-1-11v-3h3l6 3h5l-1-6 3-3 7-1v-5l6-3-1-7h-6l-5-1-1-4 4-1v-5l4-4-3-1-9 1 1-4-6-2-2-13v-8l-5-4 1-7-11-13-1-10h-4l-1-11-8 1v-6z",
        onClick: e[112] || (e[112] = (s) => t.onclick(s)),
        onDblclick: e[113] || (e[113] = (s) => t.ondblclick()),
        onMouseenter: e[114] || (e[114] = (s) => t.onenter(s)),
        onMouseleave: e[115] || (e[115] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-81",
        style: D({ display: n.config.displayDep["FR-81"] }),
        d: "M484 726h-6l-4 4-1-3-3 2-1-1-1 2-5 2-5 2-11 2-1 5h4l-4 4-2 4h-6l3 3-2 3 1 1 1 4 4 5 1 1 1 4 3 5 3 3v4l-3 1 2 3 8 4 2 2 4 5 5 1h4v7l2-1v3h7l6 2 1-7h3l11 2h11l8-2 2-7-6-5 2-5 3-5 5 4 13-5 2-4-6-4-3-1-2 3-4 1-6-3-7-9v-4l-4-6 1-3-3-7-6-3-4-7-10-2z",
        onClick: e[116] || (e[116] = (s) => t.onclick(s)),
        onDblclick: e[117] || (e[117] = (s) => t.ondblclick()),
        onMouseenter: e[118] || (e[118] = (s) => t.onenter(s)),
        onMouseleave: e[119] || (e[119] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-01",
        style: D({ display: n.config.displayDep["FR-01"] }),
        d: "M692 478h-4l-2 5-7 26-1 3-1 8-2 3v12l-1 3 7 4h3l4 4 1 6 5-1 7 2v-1h4l5 4 4-2 3-7 2-3 3 1 3 2 2 5 14 18 5-3v-7h5v-12l3-2v-11l1 1v-4l-2-4 1-10 4 2 2-3 3-1 4-3h-4v-7l4-3h7v-4l-2-1 5-7-1-2-6-4-15 17h-10v-5l-6-2-7 7-5 1v-5l-5-2-7-10-7-3-2-5h-3l-4 2-3 1z",
        onClick: e[120] || (e[120] = (s) => t.onclick(s)),
        onDblclick: e[121] || (e[121] = (s) => t.ondblclick()),
        onMouseenter: e[122] || (e[122] = (s) => t.onenter(s)),
        onMouseleave: e[123] || (e[123] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-38",
        style: D({ display: n.config.displayDep["FR-38"] }),
        d: "m719 544-2 3-3 7-4 2-5-4h-4v5l5 4-8 10-10 3-8 2 5 5 1 3-8 4v11h-1l2 5 7 2 4-2 5-3 7 5h6l3 6-1 3v6l-1 6v1h3l6 2 9 2 3-2 2-3h1v29l2 2h5l5 3 4 3h3l2 2 7 1v-1l-3-2v-4h10l2-3-1-3 4-4 4 2 4-4 9 1 2-3h7v-8l-3-1-1-5h-8l-1-2 2-8 2-2-2-3-4-2-2 2 1-3v-3l-3-3 1-8 4-2-1-5-7-7h-3l-2 3-5-7-2 1-3 5 2 3-1 1-3-2-10-2-4-8v-3l-4-5-1-2-14-18-2-5-3-2z",
        onClick: e[124] || (e[124] = (s) => t.onclick(s)),
        onDblclick: e[125] || (e[125] = (s) => t.ondblclick()),
        onMouseenter: e[126] || (e[126] = (s) => t.onenter(s)),
        onMouseleave: e[127] || (e[127] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-74",
        style: D({ display: n.config.displayDep["FR-74"] }),
        d: "m808 484-8 2-8 6-2-3h-4l-4 8 1 3 4 4-8 4-4 5h-8l-4 3-4 1-1 3-4-2-1 10 2 4v4l3 2v10l7 2 3 5h6l2-2h3l5 6 2 2 6-1 2-3 2-7 3-2 3-8 4-3 2 1 1 2-2 3 4 4h5l4 6-1 2 4-3 3-3 2 1v-7l12-5 2-3-1-8-8-8-3 1v-9l-6-3-1-3 4-4v-5l-6-7v-5z",
        onClick: e[128] || (e[128] = (s) => t.onclick(s)),
        onDblclick: e[129] || (e[129] = (s) => t.ondblclick()),
        onMouseenter: e[130] || (e[130] = (s) => t.onenter(s)),
        onMouseleave: e[131] || (e[131] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-42",
        style: D({ display: n.config.displayDep["FR-42"] }),
        d: "m611 506-6 1-1 4 2 5 1 21h-9v3l6 5-3 3-2 8 5 6 4 9 9 6 3 12-6 7 1 4 10 3 8-6h3l12 5-1 6h6l5 5h3l6-2 2-7 9-5v-11h1l-5-1-3 2-4-2 4-5-1-4-12-2-10-9v-3l2-2v-3l-3-2 3-3v-5l-5-4v-5l-3-3v-4l-2-5 3-3v-7h7l2-2-2-4v-4l-2-1-1 7h-4l-3 3-2-2-12-2-4 3h-3l-1-3-5-1-1-5z",
        onClick: e[132] || (e[132] = (s) => t.onclick(s)),
        onDblclick: e[133] || (e[133] = (s) => t.ondblclick()),
        onMouseenter: e[134] || (e[134] = (s) => t.onenter(s)),
        onMouseleave: e[135] || (e[135] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-69",
        style: D({ display: n.config.displayDep["FR-69"] }),
        d: "M671 501h-4l-3 4-2-3-4 3-4-3h-4l-1 1-1 4 2 2v3l2 4-1 2h-8v7l-3 3 2 6v3l3 3v5l5 4v5l-3 4 3 1v3l-2 2v3l10 9 12 2 1 4-4 4 4 2 3-1 5 1 7-4-1-3-5-5 8-2 10-3 8-10-5-4v-4l-7-2-5 1-1-6-4-4h-3l-7-4 1-3v-12l2-3 1-8-1 2h-3l-1-7z",
        onClick: e[136] || (e[136] = (s) => t.onclick(s)),
        onDblclick: e[137] || (e[137] = (s) => t.ondblclick()),
        onMouseenter: e[138] || (e[138] = (s) => t.onenter(s)),
        onMouseleave: e[139] || (e[139] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-73",
        style: D({ display: n.config.displayDep["FR-73"] }),
        d: "M754 535v11l-3 2v12h-5v7l-5 3 1 2 4 5v3l5 8 9 2 3 2 1-1-2-3 3-5 2-1 5 7 2-3h3l7 7 1 5-4 2-1 8 3 3v3l-1 3 2-2 4 2 2 3 7-1 2 2 1 6 6-1 1-6 3-1h7l11-4 4 2h4v-4l5-3 2-2 9-3 1-7-1-2 5-9-5-2-2-5-9-6s1-11-1-13c-2 0-7 1-7 1l-5-7v-5l-2-1-3 3-4 3 1-2-4-6h-5l-4-4 2-3-1-2-3-1-3 3-3 8-3 2-2 7-2 3-6 1-2-2-5-6h-3l-2 2h-6l-3-5-7-2v-10z",
        onClick: e[140] || (e[140] = (s) => t.onclick(s)),
        onDblclick: e[141] || (e[141] = (s) => t.ondblclick()),
        onMouseenter: e[142] || (e[142] = (s) => t.onenter(s)),
        onMouseleave: e[143] || (e[143] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-07",
        style: D({ display: n.config.displayDep["FR-07"] }),
        d: "m677 599-8 5-2 7-6 2h-3l-2 9-5 2-2 4 1 5 1 2h-6v7h-5l-3 9h-9l-9 7-6 8 1 2 3 13 6 6-1 8 8 5v10l4-2 8 6 4 1 1-7 5-1 2 5h5l1-5 12 6 2-4 5-1v-7l-1-2h-2v-3l2-3-2-3 1-7 4-5v-8l-1-9 3-1 1-4 3-7 2-5-3-8-2-6-3-11v-15h-1z",
        onClick: e[144] || (e[144] = (s) => t.onclick(s)),
        onDblclick: e[145] || (e[145] = (s) => t.ondblclick()),
        onMouseenter: e[146] || (e[146] = (s) => t.onenter(s)),
        onMouseleave: e[147] || (e[147] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-26",
        style: D({ display: n.config.displayDep["FR-26"] }),
        d: "m695 601-5 3-4 2-5-2v15l3 11 2 6 3 8-2 5-3 7-1 4-4 1 2 9v8l-4 5-1 7 1 3-1 3v3h2l1 2v7h5l2 2-1 7 1 2 5-5 5-1 1-2-6-1-1-7 4-6h5l5 5-5 6 1 3 8 1 4-4-2 5v4l8 1 10 1 2 4 5 5h5l3-3 2-6 3 3 2 3 1-14h-3l-2-5-13-3-1-6 4-3-4-3 1-3h6l5 3 4-5-4-3v-5l3-6 7-1 6-3 1-1-7-1-2-2h-3l-4-3-5-3h-5l-2-2v-29h-1l-2 3-3 2-9-2-6-2-3 1v-2l1-6v-5l1-4-4-6h-5z",
        onClick: e[148] || (e[148] = (s) => t.onclick(s)),
        onDblclick: e[149] || (e[149] = (s) => t.ondblclick()),
        onMouseenter: e[150] || (e[150] = (s) => t.onenter(s)),
        onMouseleave: e[151] || (e[151] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-17",
        style: D({ display: n.config.displayDep["FR-17"] }),
        d: "m260 492-5 1-11 6 3 3-6 5-1 3-5 1-3-3-7-1-1-4-4-3-6 3 3 5h5l6 4 3 3 8-1 2 4 4 1 2 5 4 1-1 4-4-1-1 3 3 4-2 8h-4v5l1 2h-5l-1-3 4-4-2-3-1-1-1-9-6-1-5-6-1 13 8 6 1 7 2 8v8l5-1 7 6 5 3 1 4 4 1 11 11 3 13h10l2-2 1 5 9 1 1 12h6l8 9h4l5-2 4 2 3-6 2-5-7-5-2-3-4-4-7 1-3-1v-2l4-1v-1l-3-1-2-1 5-4v-3l-2-2 1-2 1-4-3-3-2-3-4-5-3-1 2-4h-1l-1-8-3-2 4-2h6l2-2h4l1 2h4l3-1 1-7 3-11-3-3-1-4-5-3-7-4-8 1-5-7h-7l-6-5v-2l-4-5-1-5-5-4-7 3z",
        onClick: e[152] || (e[152] = (s) => t.onclick(s)),
        onDblclick: e[153] || (e[153] = (s) => t.ondblclick()),
        onMouseenter: e[154] || (e[154] = (s) => t.onenter(s)),
        onMouseleave: e[155] || (e[155] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-19",
        style: D({ display: n.config.displayDep["FR-19"] }),
        d: "m475 561-1 3-6 2-3 4h-2l-4-1-3 4-4 1-3 5h-4l-2 2h-7l-3 4-2-1-5 6-5-2-2 5 2 4 4 3-7 6v5l3 2-3 3 4 4-3 3 3 2h8v8l3 5h1l7-4 10 4 7 10h4l6-6 2 3 4-4 5 2 1 1 4-3-1-4-2-2 3-4h2l2-6 2-3-1-6 4-6 7-5v-9l3 1 4 4h4l2-2-2-5 2-6-1-6-2-3v-5l3-5-1-5-1-1-3 3h-7l-3 3h-4l-4-3-1-3h-9l-2-2z",
        onClick: e[156] || (e[156] = (s) => t.onclick(s)),
        onDblclick: e[157] || (e[157] = (s) => t.ondblclick()),
        onMouseenter: e[158] || (e[158] = (s) => t.onenter(s)),
        onMouseleave: e[159] || (e[159] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-23",
        style: D({ display: n.config.displayDep["FR-23"] }),
        d: "m457 487-2 6h-6l-2-1h-4l-3-2-7 7v6l-4 8 1 5 5 1 3 8 3 3-1 15 7-2 2 3-4 4v3l4 1 6-1 2-3h1l-1 5 6 2 4 4v2h-2v4l2 2 1-1 6-1 1-4h3l2 2h9l2 3 3 3h4l3-3h7l3-3-7-8-1-3 7-4 4-2 1-5 4-3-1-7-3-4-1-11-4-9-4-2-3-5-2 4-3-4v-4l-4-6-12 1-7-2z",
        onClick: e[160] || (e[160] = (s) => t.onclick(s)),
        onDblclick: e[161] || (e[161] = (s) => t.ondblclick()),
        onMouseenter: e[162] || (e[162] = (s) => t.onenter(s)),
        onMouseleave: e[163] || (e[163] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-87",
        style: D({ display: n.config.displayDep["FR-87"] }),
        d: "m427 493-3 3-10-1h-1l-6 1-5 4v4h-7l-5 6-3 2 3 3-1 9-2 4 3 3h5l1 5 1 4-7 1-3 1 1 9-5 3-3 1-2 5h-3l-1 6h8l2 4-1 4 3 4 2-1 3-3 11 1 2 7 8 1 2 3-5 2 2 2 8 1v2l2-4 5 1 5-6 2 1 3-4h7l2-2h4l3-5 4-1 3-4 4 1h2l2-3-2-2v-4h2v-2l-4-4-6-2 1-5h-1l-2 3-7 1-3-1v-3l4-4-2-4-7 3 1-15-3-3-3-8-5-1-1-5 4-8v-6 1z",
        onClick: e[164] || (e[164] = (s) => t.onclick(s)),
        onDblclick: e[165] || (e[165] = (s) => t.ondblclick()),
        onMouseenter: e[166] || (e[166] = (s) => t.onenter(s)),
        onMouseleave: e[167] || (e[167] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-86",
        style: D({ display: n.config.displayDep["FR-86"] }),
        d: "m333 409-7 8-2 3 1 8h3v4l2 6 2 5-3 2 1 2-1 3v1l3 3v2l-2 3-4 6 4 2 2 3-2 4v2l-3 4v3h2v8l3 2-2 3 1 2 3 4 2-3v-1l3-2 2 2v5l-2 3-2 5 2 4 6 2-1 3-5 1 4 6 7-1 5-1 6 3 2-2-1-5 3-2 3 4 2 3 7-3 3-3h6l3 2 1-7-3-3 3-2 5-6h7v-5l5-3 9-2 1-5-4-2-2-8h-6l-3-4-7-5 1-5v-7l-6-6-1-5-6-7-3-8-2-1-3-4-3 2 1 3-9 3h-11v-12l-9-2v-4l-6-2-2-5h-3z",
        onClick: e[168] || (e[168] = (s) => t.onclick(s)),
        onDblclick: e[169] || (e[169] = (s) => t.ondblclick()),
        onMouseenter: e[170] || (e[170] = (s) => t.onenter(s)),
        onMouseleave: e[171] || (e[171] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-16",
        style: D({ display: n.config.displayDep["FR-16"] }),
        d: "m365 519-3 2 1 5-2 2-6-3-5 1-7 1-4-6h-2l-6 4-5 1v2l-3 4 1 1-4 3-2 11-1 7-3 1h-4l-1-2h-4l-2 2h-6l-4 2 3 2 1 8h1l-2 3 3 2 4 4 2 4 3 3-1 4-1 2 2 2v3l-5 3 2 2 3 1v1l-4 1v2l3 1 7-1 4 4 2 3 7 5 2-2 7 1 3-3 7-7v-12l17-12v-9h6l3-6h2l1-6h3l2-5 3-1 5-3-1-9 3-1 7-1-1-4-1-5h-5l-3-3 2-4v-3l-3-1h-6l-3 3-7 3-2-3z",
        onClick: e[172] || (e[172] = (s) => t.onclick(s)),
        onDblclick: e[173] || (e[173] = (s) => t.ondblclick()),
        onMouseenter: e[174] || (e[174] = (s) => t.onenter(s)),
        onMouseleave: e[175] || (e[175] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-79",
        style: D({ display: n.config.displayDep["FR-79"] }),
        d: "m320 416-10 1-9 1-10 1v5l-5 3-11-2-7 3 3 5v4l9 8-2 4 6 7-3 3 4 6 1 10-2 3 2 4-2 5v3l3-3 3 4-5 3-1 2-5 1-4 2h-1l1 6 4 4v2l5 5h8l5 7 8-1 7 4 5 3 1 4 3 3 3-2-1-2 3-4v-2l5-1 6-4 7-1 1-3-6-2-2-4 2-5 2-3v-6l-2-1-3 1v2l-2 3-3-4-1-2 2-3-3-2v-8h-2v-3l3-4v-2l2-4-2-3-4-2 4-6 2-3v-2l-3-3v-1l1-3-1-2 3-2-2-5-2-6v-4h-3l-1-8v1l-3-2z",
        onClick: e[176] || (e[176] = (s) => t.onclick(s)),
        onDblclick: e[177] || (e[177] = (s) => t.ondblclick()),
        onMouseenter: e[178] || (e[178] = (s) => t.onenter(s)),
        onMouseleave: e[179] || (e[179] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-22",
        style: D({ display: n.config.displayDep["FR-22"] }),
        d: "m113 220-3 3-8 1-2 2-6-4-7 5 2 4-5 7-2 9 5 1-1 4 3 2-2 3-3 1 1 4 4 1-4 1v5l3 3v11l-1 2 1 5 6 1v3l4 1 3-2 2 2 7 2 5-3 2-3h4l6 5 5-1 4 4h2l2 3h5l1-2 2 4 4 1 6-3v-4l4-1h3l3 5 7 1 4-4 4-9 5-2 2-3 3 2 6-1 2-16 1-7-1-4-3-1-2-11-3 3-7-1v4l-5 1v-5l-4-1-2 2v-7l-4 4-7-2-2 5-13 7v4h-3v-7l-8-4 1-6-7-5v-6l-5-1v-6l-4-1 1-4h-8l-1 4z",
        onClick: e[180] || (e[180] = (s) => t.onclick(s)),
        onDblclick: e[181] || (e[181] = (s) => t.ondblclick()),
        onMouseenter: e[182] || (e[182] = (s) => t.onenter(s)),
        onMouseleave: e[183] || (e[183] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-85",
        style: D({ display: n.config.displayDep["FR-85"] }),
        d: "m240 417-2 3h-6l3 3-2 6-6 2-2-2 1-6-1-3h-4l-2 2 1 9 3 4-3 3-5-1-7-2-2-6h-5l-6-3-2-4-7-4-10 14-1 9 11 10v4h3l7 20 7 4 8 7h8l3 7h8l4 6 8 4v-6l2 2 11-6 5-1 2 6 7-3 6 4 4-2 5-1 1-2 5-3-3-4-3 3v-3l2-5-2-4 2-3-1-10-4-6 3-3-6-7 2-4-9-8v-4l-3-5-5-4h-9l-3-2-4-1-5-4z",
        onClick: e[184] || (e[184] = (s) => t.onclick(s)),
        onDblclick: e[185] || (e[185] = (s) => t.ondblclick()),
        onMouseenter: e[186] || (e[186] = (s) => t.onenter(s)),
        onMouseleave: e[187] || (e[187] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-50",
        style: D({ display: n.config.displayDep["FR-50"] }),
        d: "m205 136-1 3 7 7v7l-3 4 2 2h1v7l2 6 8 9 2 9 2 2v13l4 9v10l-4 9 5 13 8 2v4l-3 2h-7l1 4 2 7 6 5 3 1 3-4h3l4-5 4 3h4l3 1v1l6 1 4-3 5 2 6-5 2-7v-3l1-3-4-4-9-6h-7l-7-9 6-2 2-5-3-2 3-3 2 2 5-3 3-4 1-5-2-4 2-2-3-4 3-4-3-3-2 4-5-3-7-6v-3l2-3v-3h-4v-8l-10-11 3-8h4l-3-9-16-1-8 6-9-6z",
        onClick: e[188] || (e[188] = (s) => t.onclick(s)),
        onDblclick: e[189] || (e[189] = (s) => t.ondblclick()),
        onMouseenter: e[190] || (e[190] = (s) => t.onenter(s)),
        onMouseleave: e[191] || (e[191] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-56",
        style: D({ display: n.config.displayDep["FR-56"] }),
        d: "m88 289-6 3h-4l-5 3v3l3 7 1 5 10 2 4 4 2-3 3 4-2 2v5h-3l-2 4h-4l-2 7 4 6 6 2 2-4-1 4 5 2 7 7 2 4-1 5-1 4 5 4 2-3-2-3v-6l4 1 2-5 1 3 4 4 3-4-3-5 4 6 5-1-1-3 5 2 4 4-2 3-5-2-5-2-3 3 4 2 3 5 20-2 5 1-2 2v4h2l3-3 2 2h6l7-4 10-3 1-11 2-1-4-7 3-3-1-1-1-2 3-1 3-4-1-3h-3l-1-4 2-3-3-6-4-2h-5l-2-1v-2l3-2 1-6-1-4-1 1h-7l-3-6h-3l-4 1v4l-6 4-4-2-2-4-2 2h-4l-2-3h-2l-4-4-5 1-6-5-5 1-1 3-6 3-7-3-1-2-3 2h-4v-3l-6-2z",
        onClick: e[192] || (e[192] = (s) => t.onclick(s)),
        onDblclick: e[193] || (e[193] = (s) => t.ondblclick()),
        onMouseenter: e[194] || (e[194] = (s) => t.onenter(s)),
        onMouseleave: e[195] || (e[195] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-29",
        style: D({ display: n.config.displayDep["FR-29"] }),
        d: "m60 231-5 4-4-2-8 1-1 4-5 1-1-4-8 1v3h-6l-2-2-3 2-1 4H7l-6 6 5 4-6 4 2 4-2 7 6 1 2-2 1 1 14-1 9-7-8 8 1 3 7-3-1 5h7v3l-8-1-7-2-9-3-5 5 7 3-1 9 2-1 4-6 8 4 3 1 2 5-2 4h-9l-8 1-12 1-2 3 3 2h4l4 3 4-1 8 9 2 9-3 5 8 2h8l2-4-4-4 4 1h3l6 3h3v-7l2 7 5 7 10 1v-2l2 3 7 1h4l1 1 1-7h4l3-4h2l1-5 1-2-3-3-2 2-4-4-9-1-2-6-3-7v-2l5-4h4l6-3-1-4 1-2v-11l-3-3v-5l4-1-4-1-1-4 3-1 2-3-3-2 1-4-5-1 2-9-6-4-10 1v7h-3v-3h-5z",
        onClick: e[196] || (e[196] = (s) => t.onclick(s)),
        onDblclick: e[197] || (e[197] = (s) => t.ondblclick()),
        onMouseenter: e[198] || (e[198] = (s) => t.onenter(s)),
        onMouseleave: e[199] || (e[199] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-35",
        style: D({ display: n.config.displayDep["FR-35"] }),
        d: "m199 244-4 3 3 12 3 1 1 3-1 7-2 16-6 1-3-2-2 3-5 2-4 9-3 3 1 3-1 6-3 3v2l2 1h5l5 2 3 6-3 3 1 4h4v4l-3 3-3 2 2 1v2l-3 2 4 7 7-3 22-2 2-4 3-3 8-1 1-4h5l3 5 8 2 1-3 2-7 5-11 2-2 6 1v-10l-2-2v-11l-1-3v-6l3-4v-7l-2-1 1-11-3-1h-4l-4-3-4 5h-3l-3 4h-3l-6-6-2-7-1-4h-18l-7-4 5-6z",
        onClick: e[200] || (e[200] = (s) => t.onclick(s)),
        onDblclick: e[201] || (e[201] = (s) => t.ondblclick()),
        onMouseenter: e[202] || (e[202] = (s) => t.onenter(s)),
        onMouseleave: e[203] || (e[203] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-44",
        style: D({ display: n.config.displayDep["FR-44"] }),
        d: "m230 336-1 4-8 1-3 4-1 3-23 2-9 5-1 10-10 4-7 3h-5l-3-2-3 3h-1l1 1-6 7 1 1 2 3-4 5 4 2 7 2v-3l4 5h7l5-5h6l-7 3 1 4 1 3-4 4h-4l1 5 7-1 10 9h-1l7 4 2 4 6 3h5l2 6 7 2 5 1 3-3-3-4-1-9 2-2h4l1 3-1 6 2 2 6-2 2-6-3-3h6l2-3h2l5 4 3 1v-4l-2-4h-6l2-2v-3l3-1 1-4-1-1v-5h-4l-4-5v-3l4-3 8-1h11l4-2-1-7-6-5h-6l-2-1v-6l4-4-3-4-3-6-3-3v-4l-1-1-7-2-3-4z",
        onClick: e[204] || (e[204] = (s) => t.onclick(s)),
        onDblclick: e[205] || (e[205] = (s) => t.ondblclick()),
        onMouseenter: e[206] || (e[206] = (s) => t.onenter(s)),
        onMouseleave: e[207] || (e[207] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-49",
        style: D({ display: n.config.displayDep["FR-49"] }),
        d: "m247 341-1 2h-1v5l4 2 3 7 3 4-4 4v6l2 1 6-1 6 5 1 8-4 2h-11l-8 1-4 2v4l4 5h4v5l2 1-2 4-3 1v3l-2 2h6l3 4v4l3 2h9l5 4 7-3 11 2 5-3v-5l10-1 9-1 10-1 1 3 3 2 2-4 7-8h3l4-15 5-6v-8l4-5v-2l-2-2 1-3-5-1-15-10-14-4h-5v-4l-4-2h-3l-6-3-5 5h-9l-4-2-11-4-2 3-6-3h-6z",
        onClick: e[208] || (e[208] = (s) => t.onclick(s)),
        onDblclick: e[209] || (e[209] = (s) => t.ondblclick()),
        onMouseenter: e[210] || (e[210] = (s) => t.onenter(s)),
        onMouseleave: e[211] || (e[211] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-72",
        style: D({ display: n.config.displayDep["FR-72"] }),
        d: "M358 273h-9l-10 9h-5l-7 2-2 4-1 7 1 5-6 5-1 3 1 3-2 3 1 2h-6l-1 3 3 6-1 2-2 2-5 1-1 1 2 2v11l-1 3 3 2v4h5l14 4 15 10 5 1 3-4 7 5h4l-2-8 4 3 2-3 11-3-2-5 3-3 5-2 5-6v-7h4l1-5 1-8-4-3 3-5 4-6-5-3-5-1-5-7h-1l-1 3v-2h-7l-4-6-6-2-2-13z",
        onClick: e[212] || (e[212] = (s) => t.onclick(s)),
        onDblclick: e[213] || (e[213] = (s) => t.ondblclick()),
        onMouseenter: e[214] || (e[214] = (s) => t.onenter(s)),
        onMouseleave: e[215] || (e[215] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-53",
        style: D({ display: n.config.displayDep["FR-53"] }),
        d: "M321 263h-3l-2 4-5 2-10-1-10 5-3-2-6 4-4-3-2-5-6-2-3 3-6-1-1 10 2 1v7l-3 4v6l1 3v11l2 2v10l-6-1-2 2-5 11-2 7-1 1 7 1h5l6 4 3-3 10 4 5 2h9l4-5 7 3h4l1-3v-11l-2-2 1-2h5l2-2 1-2-3-6 1-3h6l-1-2 2-4-1-2 1-3 6-5-1-4 1-8 2-4 7-2h-1l-2-6-5-2-1-8z",
        onClick: e[216] || (e[216] = (s) => t.onclick(s)),
        onDblclick: e[217] || (e[217] = (s) => t.ondblclick()),
        onMouseenter: e[218] || (e[218] = (s) => t.onenter(s)),
        onMouseleave: e[219] || (e[219] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-14",
        style: D({ display: n.config.displayDep["FR-14"] }),
        d: "m359 173-9 2-13 8-16 6-12-7-30-4-7-4-10 3v4l-2 2v3l7 7 5 2 2-4 3 3-3 4 3 4-2 2 2 4-1 5-3 5-5 2-2-1-3 2 3 3-2 4-6 2 7 9h7l5 4 7-3 6-6 7 2 7-4 4-2 4 5 7-2 6 4 7-3 7-5 4-5h3l1 3h2l1-3 7-1 2 1 7-1 2-4-1-3-4-1v-3l3-2 1-4-2-8-5-7 4-2v-1l-4-1z",
        onClick: e[220] || (e[220] = (s) => t.onclick(s)),
        onDblclick: e[221] || (e[221] = (s) => t.ondblclick()),
        onMouseenter: e[222] || (e[222] = (s) => t.onenter(s)),
        onMouseleave: e[223] || (e[223] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-61",
        style: D({ display: n.config.displayDep["FR-61"] }),
        d: "m366 223-7 1-2-1-7 1-1 3h-2l-1-3h-3l-4 5-7 5-7 3-6-4-7 2-4-5-4 2-7 4-7-2-6 6-7 3 4 2 4 4-1 3v3l-2 7-6 6 2 4 4 3 6-4 3 2 10-5 10 1 5-2 2-4h3l4 3 1 8 5 2 2 6h6l10-9h9l3 4 2 13 6 2 4 6h7v2l1-4h1l6 8 3 1v-9l-2-3-1-3 6-3 5-1 4-5-1-13-8-7v-6l-6-4 2-4-2-5-5-2-3-3-2-5-10-1-3-4z",
        onClick: e[224] || (e[224] = (s) => t.onclick(s)),
        onDblclick: e[225] || (e[225] = (s) => t.ondblclick()),
        onMouseenter: e[226] || (e[226] = (s) => t.onenter(s)),
        onMouseleave: e[227] || (e[227] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-28",
        style: D({ display: n.config.displayDep["FR-28"] }),
        d: "m441 225-2 2v6l-8 4v5l-2 2h-9l-4-1-13 7h-5l-5 4 1 1v6l8 7v13l-3 5-6 1-5 3 1 3 2 3v9h1l5 3-2 3 4 2 5-1h4v1l-4 2 3 1h5l2 5 3 1 2 5 8 3 5-1 4-4 4 1 1-2v-3l2-1 3 2 3-2v-2l2-2 3 1 2 2 4-2h5l3-3 2-7h3l-1-7 3-3-1-2 1-1h-1l-1-9-1-2-1-4-7-2-3-4-1-7-5-1v-4l-6-4-2-6 2-4-2-3v-4l1-4-3-3-1-4z",
        onClick: e[228] || (e[228] = (s) => t.onclick(s)),
        onDblclick: e[229] || (e[229] = (s) => t.ondblclick()),
        onMouseenter: e[230] || (e[230] = (s) => t.onenter(s)),
        onMouseleave: e[231] || (e[231] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-89",
        style: D({ display: n.config.displayDep["FR-89"] }),
        d: "m572 283-3 3-14-1-6 3-3 6 3 3-4 5-4 4 7 6 2 6 4 5v6l-9 8 3 4v5l-6 4h-7l1 4 5 6 1 6 1 4-2 1 5 1h3l2-3h2l3 2-1 3 3 2h3l5 3 2-1 2 2 2-1 3-2 4 1 2-1v-6h1l1 3 4 3v4h6l8 7 5 1v-3l2-3 1 3-1 2 1 2 3-1h3v5l3 2 2-1 6-4v-1l-4-2v-4l4-1 1-2-1-2v-4l3-4 4-9 1-4 3-1v-1l-2-1v-3l5-3 1-5-2-3h-3l-1-1v-4l4-3v-3l-1-2-2 4-2-1-2-4-8 4-14-1-2-4-4-5v-7l-6-7-4 3-6-5 1-10-9-10h-5l-2-2z",
        onClick: e[232] || (e[232] = (s) => t.onclick(s)),
        onDblclick: e[233] || (e[233] = (s) => t.ondblclick()),
        onMouseenter: e[234] || (e[234] = (s) => t.onenter(s)),
        onMouseleave: e[235] || (e[235] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-70",
        style: D({ display: n.config.displayDep["FR-70"] }),
        d: "m766 317-6 1-2 3-3 3-3-3-1 1 1 2-4 2 1 3-3 2v5h-6v2l-5 1v5h4l-2 2-1 8h-3l-6 1-6-1-5 1v4l4 1 3 6 1 3-5 5-2 1-2 2 4 1 1 6h3l1 8 1 1v1l3 1 3 3h5l2-2h6l7-6h2l3-2 7 1 6-5 4-1 2-4 3-1 3-5 5-4 5-1 3 3 7-1v-4l3-1 2-3h4l3-3v-9l-1-6v-4l3-2 3-2-12-7-3-3-3-2-3 1-1 2-2 2h-2l-6-6h-7l-4 2-2 1-5-4v-4z",
        onClick: e[236] || (e[236] = (s) => t.onclick(s)),
        onDblclick: e[237] || (e[237] = (s) => t.ondblclick()),
        onMouseenter: e[238] || (e[238] = (s) => t.onenter(s)),
        onMouseleave: e[239] || (e[239] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-76",
        style: D({ display: n.config.displayDep["FR-76"] }),
        d: "m431 106-2 3-16 12-27 7-18 6-15 8-9 13-1 10 7 6 10 2h-1l8-1 4-4 3-1 4 6h5l2 4 8-1 9 6-5 2 4 3h2l3 5h4l1-3-3-2 9-3 9-1 2-6 5-4 8-1 10 5 5 1 1-3 3-5 1-2h-3v-6l-2-4 1-7 1-4h-2l1-4 4-4-4-6-1-7-16-15-2-4h-4z",
        onClick: e[240] || (e[240] = (s) => t.onclick(s)),
        onDblclick: e[241] || (e[241] = (s) => t.ondblclick()),
        onMouseenter: e[242] || (e[242] = (s) => t.onenter(s)),
        onMouseleave: e[243] || (e[243] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-27",
        style: D({ display: n.config.displayDep["FR-27"] }),
        d: "m374 167-3 1-4 4-8 1 1 14 4 1v1l-4 2 5 7 2 8-1 4-3 2v3l4 1 1 3-3 9 3 3 10 1 2 5 3 3 5 2 2 5-2 4 5 3 5-4h5l13-7 4 2h9l2-3v-5l8-4v-6l1-2v-1l2-2-3-1v-2l-2-3 2-2 10-3 2-4 2-8 3-4 1-4 3 2 2-1-1-3-1-8-4-3-5-1-10-5-8 1-5 3-2 7-9 1-9 3 3 2-1 3h-4l-3-5h-2l-4-3 5-2-9-6-8 1-2-4h-5z",
        onClick: e[244] || (e[244] = (s) => t.onclick(s)),
        onDblclick: e[245] || (e[245] = (s) => t.ondblclick()),
        onMouseenter: e[246] || (e[246] = (s) => t.onenter(s)),
        onMouseleave: e[247] || (e[247] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-37",
        style: D({ display: n.config.displayDep["FR-37"] }),
        d: "m376 356 1 2-11 3-2 3-4-3 2 8h-4l-7-5-4 7 2 2v2l-4 5 1 8-6 7-4 14 2 6 6 2v4l9 2v12h10l10-3-1-4 3-1 3 4 2 1 3 8 6 7 1 5 5 6 3-1 4-3 3-15 2-5 1-7 6-2 4 1 2 2 3-4 3-3v-3h3l1-3-3-4 1-2-2-2-6-8h-7l-2-3v-12l-3-8v-9l-4-1-4-3h-1l-4 3-2-2-1-3 3-2v-1l-1-1z",
        onClick: e[248] || (e[248] = (s) => t.onclick(s)),
        onDblclick: e[249] || (e[249] = (s) => t.ondblclick()),
        onMouseenter: e[250] || (e[250] = (s) => t.onenter(s)),
        onMouseleave: e[251] || (e[251] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-45",
        style: D({ display: n.config.displayDep["FR-45"] }),
        d: "m490 289-5 4-10 1-1 1 1 2-3 3 1 7h-3l-2 7-3 3h-5l-4 2-2-2-3-1-2 2v3l-3 1-3-2-2 1v3l-1 2h4v2l-2 4v2h2l2 2v2l-4 4 2 5v2l4 3h4l3 3 1 4 3 4 4-1 2-3h5l2 2h3l2-2h13l3 5 4 1 3 3h4l1-2h2l3 4h6l2 2 4 6 2 1h2v-5h3l2 3 2 1 4-1-1-1v-4l7-2-1-4-1-6-5-6-1-4h8l5-4v-5l-3-4 9-8v-6l-4-5-2-6-7-6-9 5v-3h-4l-1 3h-14l-4 2-3-2 6-4-1-7-4-2-4-5-9-1z",
        onClick: e[252] || (e[252] = (s) => t.onclick(s)),
        onDblclick: e[253] || (e[253] = (s) => t.ondblclick()),
        onMouseenter: e[254] || (e[254] = (s) => t.onenter(s)),
        onMouseleave: e[255] || (e[255] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-36",
        style: D({ display: n.config.displayDep["FR-36"] }),
        d: "m455 401-3 1h-4l-6 2-1 3-1-1h-6l-3 2-3 1-1 2 3 4-1 3h-3v3l-3 3-3 4-2-2-4-1-6 2-1 7-2 5-3 15-4 3-3 1h1v7l-1 5 7 5 3 4h6l2 8 4 2-1 6h-3 1l10 1 3-3 6 5 7-8 3 2h4l2 1h6l2-6 18 3 7 1h3l1-3 3-4v-3l-3-4 1-1v-5l2-2v-1l-3-2-1-4-5-3v-3l4-2v-2l-4-3-1-2 3-1-1-2 5-4-1-1h-3l-2-2v-2l2-3v-2l-4-6v-5l-2-1h-5l-4 1h-5l-2-2-1-2 4-3v-4l-5-4z",
        onClick: e[256] || (e[256] = (s) => t.onclick(s)),
        onDblclick: e[257] || (e[257] = (s) => t.ondblclick()),
        onMouseenter: e[258] || (e[258] = (s) => t.onenter(s)),
        onMouseleave: e[259] || (e[259] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-41",
        style: D({ display: n.config.displayDep["FR-41"] }),
        d: "m395 311-2 3-3 5 4 3-1 8-1 5h-4v7l-5 6-5 2-3 3 1 3 18 1 1 1v1l-3 2 1 3 2 2 4-3h1l4 3 4 1v9l3 7v13l2 3h7l6 9 1 1h1l3-1 3-2h6l1 1 1-3 6-2h4l3-1 3 3 5 4 5-1v-4l2-3h2l2 2 7-1 5-2-1-2-1-2v-3l3-6 5-2v-4l1-2-3-1-2-4-4-1-1-2 5-4 5-3-3-4h-13l-2 2h-3l-2-2h-5l-2 3-4 1-3-4-1-4-3-3h-4l-4-3v-2l-2-5 4-4v-2l-2-2h-2v-2l2-3v-3h-3l-5-1-4 4-5 1-8-2-2-6-3-1-2-4h-5l-3-2 4-2v-1h-4l-5 1z",
        onClick: e[260] || (e[260] = (s) => t.onclick(s)),
        onDblclick: e[261] || (e[261] = (s) => t.ondblclick()),
        onMouseenter: e[262] || (e[262] = (s) => t.onenter(s)),
        onMouseleave: e[263] || (e[263] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-18",
        style: D({ display: n.config.displayDep["FR-18"] }),
        d: "m493 363-5 3-5 4v2l5 1 2 4 3 1-1 2v4l-5 2-3 6v3l1 2 1 2-5 2-7 1-2-2h-2l-2 3v4l-5 1v4l-4 3 1 2 2 2h5l4-1h5l2 2v4l4 6v2l-2 3v2l2 2h3l1 1-5 4 1 2-3 1 1 2 4 3v2l-4 2v3l5 3 1 4 3 2v1l-2 2v5l-1 1 3 4v3l-3 4v3l8-1 2-4 4-5 9-2 5 1 5-4v-2l-2-2v-6l10-9 3 4 3-4h3l5-6h9v2l3-9-2-3v-5l1-9-4-4 1-9-4-7v-5l-6-5-2-5 4-4v-7l-4-4-4 1-1-1-3-3h-3v5h-2l-2-1-4-6-2-2h-6l-3-4h-2l-1 2h-4l-3-3-4-1z",
        onClick: e[264] || (e[264] = (s) => t.onclick(s)),
        onDblclick: e[265] || (e[265] = (s) => t.ondblclick()),
        onMouseenter: e[266] || (e[266] = (s) => t.onenter(s)),
        onMouseleave: e[267] || (e[267] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-21",
        style: D({ display: n.config.displayDep["FR-21"] }),
        d: "M655 320v5l-5 2h-12l1 3v3l-4 2v5l1 1h3l2 2-1 6-5 3v3l2 1v1l-3 1-1 4-4 8-3 5v4l1 2-1 2-4 1v4l4 2 1 3-1 4v3l2 3 5 1 2 4v1l-2 1v3h1l7 8 7-1 6 5 5 4v4l5 1 4 3 11-3 8-3h3l1-2h4l3 2 4-1 4-3 3 1v-1l3-1-1-2-1-2 2-3 6-3v-3l3-3 2-2-1-3 1-4 1-6h1v-2l-1-1-1-8h-3l-1-5-4-2 2-2 2-1 5-5-1-3-3-6-4-1-1 4-8 2-1-2-6-8-3 2h-4l-2-3-6 1v-7l-3-2 4-5-8-11-6-7-6-3z",
        onClick: e[268] || (e[268] = (s) => t.onclick(s)),
        onDblclick: e[269] || (e[269] = (s) => t.ondblclick()),
        onMouseenter: e[270] || (e[270] = (s) => t.onenter(s)),
        onMouseleave: e[271] || (e[271] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-58",
        style: D({ display: n.config.displayDep["FR-58"] }),
        d: "m551 369-2 3h-3l-5-1-5 1v4l5 5v7l-4 4 2 5 6 5v5l4 7-1 9 4 4-1 9v5l2 3-3 9v3l6 3 5 4 3-2 4-2 1 3h5l2-3 3 2 1 5 3-1 7-9 3 2 1 1 5-3h3l2 4h3l3-3h3l3-3 2-1 1-2 5 1 1-2-3-2v-2l4-2v-2l-4-2v-8l-2-1 2-3 1-1 2-3-2-1-2-3 3-4 4-2h5v-4l2-1v-1l-2-4-6-1-1-3v-3l1-4-1-2-6 4-2 1-3-2v-5h-3l-3 1-1-2 2-2-2-3-2 3v3h-5l-8-8h-6v-4l-4-3-1-3h-1v6l-2 1-4-1-3 2h-2l-2-1-2 1-5-3h-3l-3-2 1-3-3-2z",
        onClick: e[272] || (e[272] = (s) => t.onclick(s)),
        onDblclick: e[273] || (e[273] = (s) => t.ondblclick()),
        onMouseenter: e[274] || (e[274] = (s) => t.onenter(s)),
        onMouseleave: e[275] || (e[275] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-71",
        style: D({ display: n.config.displayDep["FR-71"] }),
        d: "M633 413v1h-5l-4 2-3 4 2 3 2 1-1 3-2 1-2 3 2 2v7l4 2v2l-4 2v2l3 2-1 2-5-1-1 2-2 1-3 3h-3l-3 3h-3l-2-4h-3l-5 3 7 13v5l1 2h7l2 3h5l3 4v14l-8 6h1l1 6 5 1 1 3h3l4-3 12 2 2 2 3-3h4l2-11 1-1h4l4 3 4-3 2 3 3-4h4l2 6 1 7h3l2-5 7-26 2-5h4l4 3 3-1 4-2h3l2 5 2 1 10-1 4-3-2-2-4-2-1-5 4-3 1-6-3-5-2-3 1-1v-4l-3-2v-3l8-1 1-3h-3l-2-2h-4l-3-6h-3v-4l-3-1-4 3-4 1-3-1-4-1-1 2h-3l-8 3-11 3-4-3-5-1v-4l-5-4-6-5-7 1-7-8z",
        onClick: e[276] || (e[276] = (s) => t.onclick(s)),
        onDblclick: e[277] || (e[277] = (s) => t.ondblclick()),
        onMouseenter: e[278] || (e[278] = (s) => t.onenter(s)),
        onMouseleave: e[279] || (e[279] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-39",
        style: D({ display: n.config.displayDep["FR-39"] }),
        d: "M725 394v1h-1l-1 6-1 4 1 3-2 2-3 3v3l-6 3-2 3 1 2 1 2-3 1v5h3l3 6h4l2 2h3l-1 3-8 1v3l3 2v4l-1 1 2 3 3 5-1 6-4 3 1 5 4 2 2 2-4 3-10 1 5 2 7 10 5 2v5l5-1 7-7 6 2v5h10l15-17v-8l6-6-4-2 1-2h-5v-3l3-3-1-2-2-4 7-2 2-4 1-4-5-5-4-1-8-2v-8l-1-5-6 1-10-4 1-3 3-6v-3l-2-4-5-3v-6h-4l-1 2h-5l-3-3z",
        onClick: e[280] || (e[280] = (s) => t.onclick(s)),
        onDblclick: e[281] || (e[281] = (s) => t.ondblclick()),
        onMouseenter: e[282] || (e[282] = (s) => t.onenter(s)),
        onMouseleave: e[283] || (e[283] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-51",
        style: D({ display: n.config.displayDep["FR-51"] }),
        d: "m607 176-4 2 1 4h-8l-7 5v9l5 3 2 4h-9v4l3 2-2 2-3 2 1 2h4l2 3-3 2-3 7-5 3-2 4-2 2 1 2-3 2-1 5 3 2 1 5-2 3 2 3h5v1h1l7 7 8-2 11-7h6l6-4 7-4h6l1 7 6 10h8l10-2 7 3 8-6 1-9 8-1v-6l-7-5v-3l2-5-2-2 2-5 4-2 3-9-6 1 4-4-3-8-2-5 3-3-2-1-1-2-3-3-4 4h-1l-2-2h-8l-2 2h-2l-3-5h-4l-2 1h-4l-6-5-4-1-2-2-7-5h-9v3l-2 1z",
        onClick: e[284] || (e[284] = (s) => t.onclick(s)),
        onDblclick: e[285] || (e[285] = (s) => t.ondblclick()),
        onMouseenter: e[286] || (e[286] = (s) => t.onenter(s)),
        onMouseleave: e[287] || (e[287] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-60",
        style: D({ display: n.config.displayDep["FR-60"] }),
        d: "m459 141-2 2-1 4h2l-1 4-1 7 2 4v6h3l-1 2-3 5-1 3 4 3 1 8 1 3-2 1-3-2-1 4 2 3 2 4 10 1 7-1 4-4 6 4 3 2 4-1 4-2 8 4 8 5 2 3 4-3 4 2 2 2 4-1 2-3 5 3 6-2 3 1 4-3 2-1h1l1-5-3-3-4-3-2 3-1 1-1-6 4-1-1-5h-4l2-4 6-1 2-9 4-2-5-3 2-3v-11l-1-9-8 1-5-1-9 3-9 8-6-3h-7l-5-5-9-3-13 1-3-2h-6l-5 1-2-1v-4l-1-1z",
        onClick: e[288] || (e[288] = (s) => t.onclick(s)),
        onDblclick: e[289] || (e[289] = (s) => t.ondblclick()),
        onMouseenter: e[290] || (e[290] = (s) => t.onenter(s)),
        onMouseleave: e[291] || (e[291] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-62",
        style: D({ display: n.config.displayDep["FR-62"] }),
        d: "m482 9-20 3-16 13v50l5 1 2 4 4-1 3-3 3 1 7 5 2-1 2 4 7 3v4l5 2 4-2 9-1 2 2 5-2 2 4-6 3v5l2 2h2l1-3 3-2 3 2 8 3h3v-4l5 3v3l-2 3 4-2 3-1 2 2v3l5-3h9l2-4-1-2h-7l-2-1 4-2h6l1-6 2-2v-3l-4-3h-5l-1-1 3-2 1-2-3-2-3-4v-2l5-3 1-2-4-2-2-4-6-1-7-2v-7l4-3-2-4h-3l-3 4-11-1-9-2-5-5v-5l4-1-4-3h-8l-4-12-8-12z",
        onClick: e[292] || (e[292] = (s) => t.onclick(s)),
        onDblclick: e[293] || (e[293] = (s) => t.ondblclick()),
        onMouseenter: e[294] || (e[294] = (s) => t.onenter(s)),
        onMouseleave: e[295] || (e[295] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-59",
        style: D({ display: n.config.displayDep["FR-59"] }),
        d: "m512 0-11 6-18 2h-2l8 12 4 12h8l4 3-4 1v5l5 5 9 2 11 1 3-4h3l2 4-4 3v7l7 2h6l2 5 4 2-1 2-5 2v3l3 4 3 2-1 2-3 2 1 1h5l4 3v3l-2 2-1 6h-6l-4 2h6l3 1 1 2-2 4 3 3 3 1 3-2h4l1 2h1l5-3 4 3 6-4h2l3 2 6-4 2 1 2 2h9v3l4-3h2l2 4 7 2 2-1h-1v-4l7-4-1-7-7-2 2-1v-5l5-4-1-3-12-9-20 1-2 4h-3l1-13-6-7-5 1-2-3-7 3-3-3h-5l-1-5-1-14-3-2v-2h-2l-1-4h-5l-9 3-4 5h-5l-2-3-1-4-4-4h-5l-2-4v-6l2-4-1-6z",
        onClick: e[296] || (e[296] = (s) => t.onclick(s)),
        onDblclick: e[297] || (e[297] = (s) => t.ondblclick()),
        onMouseenter: e[298] || (e[298] = (s) => t.onenter(s)),
        onMouseleave: e[299] || (e[299] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-02",
        style: D({ display: n.config.displayDep["FR-02"] }),
        d: "m591 107-6 5-3-3h-2l-6 4-4-3-5 3h-1l-1-2h-4l-3 2v5l-4 5v5l-3 3v5l2 7 2 13v11l-2 3 5 3-4 2-2 9-6 1-2 4h4l1 5-4 1 1 6 1-1 2-3 4 3 3 3-1 5 3 3 1 8 10 9 3 1 2 4 6 2 1-1 2-4 5-3 3-7 3-2-2-3h-4l-1-2 3-2 2-2-3-2v-4h9l-2-4-5-3v-9l7-6h8l-1-3 4-2 7 4 2-1v-12l1-4 1-5-4-3 1-3 6-1v-5l6-3 1-4-2-3 1-6 3-2-3-7 1-6h-7l-2 1-7-2-2-4h-2l-4 4-1-4h-8l-2-2z",
        onClick: e[300] || (e[300] = (s) => t.onclick(s)),
        onDblclick: e[301] || (e[301] = (s) => t.ondblclick()),
        onMouseenter: e[302] || (e[302] = (s) => t.onenter(s)),
        onMouseleave: e[303] || (e[303] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-80",
        style: D({ display: n.config.displayDep["FR-80"] }),
        d: "m446 75-1 12 8 7v4l-10-6-12 14 3 1h4l2 4 16 15 1 7 4 6-2 2h5l1 1v4l2 1 5-1h6l3 2 13-1 9 3 5 5h7l6 3 9-8 9-3 5 1 8-1-1-4-2-7v-4l3-4v-5l4-5v-5l-3-1-4-3h-8l-6 3v-3l-1-2-3 1-4 2 2-3v-3l-5-3v4h-3l-8-3-3-2-3 2-1 3h-2l-2-2v-5l6-4-2-3-5 2-2-2-9 1-4 2-5-2v-4l-7-3-2-4-2 1-7-5-3-1-3 3-4 1-2-4z",
        onClick: e[304] || (e[304] = (s) => t.onclick(s)),
        onDblclick: e[305] || (e[305] = (s) => t.ondblclick()),
        onMouseenter: e[306] || (e[306] = (s) => t.onenter(s)),
        onMouseleave: e[307] || (e[307] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-08",
        style: D({ display: n.config.displayDep["FR-08"] }),
        d: "m663 96-3 5-4 3v8l-4 3-8 2-4 2-5-4h-7l-1 7 3 6-3 3v5l1 3-1 4-6 3v5l-6 1-1 3 4 3-1 4-1 5v9h9l7 5 2 2 4 1 6 5h4l2-1h4l3 5h2l2-3 8 1 2 2h1l4-4 3 3v-2l5-2 2-2-2-4v-2l4-3 1-8-4-5 1-3 4-6 1 1h6l2 2 3-2 3-4h-3l-1-7-3-3-10-1-2-4-3-3-12-1-1-8 2-2v-3l-6-4 1-4 2-3-3-2 4-4v-6l-1-2h-6z",
        onClick: e[308] || (e[308] = (s) => t.onclick(s)),
        onDblclick: e[309] || (e[309] = (s) => t.ondblclick()),
        onMouseenter: e[310] || (e[310] = (s) => t.onenter(s)),
        onMouseleave: e[311] || (e[311] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-10",
        style: D({ display: n.config.displayDep["FR-10"] }),
        d: "m629 249-7 4-6 4h-6l-11 7-8 2-7-7h-1v1l-5 3v4l-3 3-2 8v5l2 2h4l10 10-2 10 7 5 4-3 5 7 1 7 4 5 2 4 14 1 8-4 2 4h2l2-4h12l5-2v-5h11l1 1-1-5-3-2 4-3 6-1 3-3-1-13-1-8-7-2-6-9v-6l2-4-3-1-10 2h-8l-6-10-1-7z",
        onClick: e[312] || (e[312] = (s) => t.onclick(s)),
        onDblclick: e[313] || (e[313] = (s) => t.ondblclick()),
        onMouseenter: e[314] || (e[314] = (s) => t.onenter(s)),
        onMouseleave: e[315] || (e[315] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-52",
        style: D({ display: n.config.displayDep["FR-52"] }),
        d: "m684 251-8 1-1 9-8 6-4-2-2 4v6l6 9 7 2 1 8 1 13-3 3-6 1-4 3 3 2 1 5 5 2 6 7 8 11-4 5 3 2v7l6-1 2 3h4l3-1 6 7 1 2 8-2 1-4v-4l5-1 6 1 6-1h3l1-8 2-2h-4v-5l5-1v-2h6v-5l3-2-1-3h1l-3-3-4 1v-7l-10-5 2-10 4-2-1-3-5-1-1-5h-5l-5-6-5-1-3-4 3-3-7-8-4-1-8-4-5-5-7-1z",
        onClick: e[316] || (e[316] = (s) => t.onclick(s)),
        onDblclick: e[317] || (e[317] = (s) => t.ondblclick()),
        onMouseenter: e[318] || (e[318] = (s) => t.onenter(s)),
        onMouseleave: e[319] || (e[319] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-67",
        style: D({ display: n.config.displayDep["FR-67"] }),
        d: "m872 200-7 2-3 5v6l-3 2h-2l-5-3-4 3h-4l-4-4-7-1-3-2-2-5-3 3-2 9-5 1v5l5 2 4 2-2 4 3 2 6-4 10 5-4 8v3l3 3-2 7-7 8-4-1 3 3-2 6 2 10 6 2v1h5l3 3 3 4h7l3 9 6 2v-1l9-18-1-11 5-14 1-12 9-7v-4l4-5h2l4-3-1-6 3-9 5-1-5-4-9-1-8-4-5 3-3-3z",
        onClick: e[320] || (e[320] = (s) => t.onclick(s)),
        onDblclick: e[321] || (e[321] = (s) => t.ondblclick()),
        onMouseenter: e[322] || (e[322] = (s) => t.onenter(s)),
        onMouseleave: e[323] || (e[323] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-54",
        style: D({ display: n.config.displayDep["FR-54"] }),
        d: "m726 156-4 4h-7l-2 2v5l2 3-1 2-1 3 1 1 2-1 1-3 4-1 6-1 3 2 1 3 1 3v3l2 2v2l-2 2v5l2 2v7l2 2 3 2-1 2 4 4-3 4v2l4 2v2h-4l-2 2v2l3 3-3 7-2 6 1 4v6l1 3h2l2 2h-4l-2 2v2l3 3v5l4-1h5v6h2l-2 2v2l3 1 3 3 12-1 2-4h6l2-2 3 2 3-1h5l4-1 4-3 2 2v-5l3-1 1 5h5l4 1h2l6-2 3-3 3-3 5-2 4-1-2-2h5l-5-2-6-4-5-4h-6l-7-4h-5v-2l-8-4-10-4h-4l-2-5-7-9h-7l-3-4h-6l1-6-8-4 1-5h4v-4l1-3-3-3 3-5-2-5-2-2-5-10 2-3v-5h-5l-7-7z",
        onClick: e[324] || (e[324] = (s) => t.onclick(s)),
        onDblclick: e[325] || (e[325] = (s) => t.ondblclick()),
        onMouseenter: e[326] || (e[326] = (s) => t.onenter(s)),
        onMouseleave: e[327] || (e[327] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-77",
        style: D({ display: n.config.displayDep["FR-77"] }),
        d: "m552 208-2 1-4 3-3-1-6 2-5-3-2 3h-4l-2-1-4-2-4 3v-1l-2 10 3 13v8l-3 8v4l-3 3 2 10-1 2-2 9 3 3-8 6v7l2 3 4 2 1 7-6 4 3 3 4-3h14l1-3h4v3l9-5 4-4 4-5-3-3 3-6 6-3 14 1 3-3h1v-6l2-7 3-3v-4l5-3v-2h-6l-1-3 2-3-1-5-3-2 1-5 3-2-1-2 1-1-6-2-2-4-3-1-10-9-1-8z",
        onClick: e[328] || (e[328] = (s) => t.onclick(s)),
        onDblclick: e[329] || (e[329] = (s) => t.ondblclick()),
        onMouseenter: e[330] || (e[330] = (s) => t.onenter(s)),
        onMouseleave: e[331] || (e[331] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-68",
        style: D({ display: n.config.displayDep["FR-68"] }),
        d: "M844 282h-5l-4 8-4 8 1 6-4 8-6 5v14l-4 4v1l1 2 6 1 6 5 2 2-1 4-2 4 1 4 5-1 1 4 2 8 4-1-1 4 3 2h13l7-5 1-8 3-5-5-5-2-6 3-4v-9l2-4v-8l3-4-4-5v-11l-5-2-4-9h-7l-3-4z",
        onClick: e[332] || (e[332] = (s) => t.onclick(s)),
        onDblclick: e[333] || (e[333] = (s) => t.ondblclick()),
        onMouseenter: e[334] || (e[334] = (s) => t.onenter(s)),
        onMouseleave: e[335] || (e[335] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-55",
        style: D({ display: n.config.displayDep["FR-55"] }),
        d: "m705 152-3 5-3 2-3-3h-5l-1-1-4 7-1 2 4 6-1 7-4 3v2l2 4-2 2-5 2 1 4 2 1-3 3 2 5 3 8-4 4 6-1-3 9-4 2-2 6 2 1-2 5v3l7 5 1 13 7 1 5 5 8 4 4 1 7 8-1 1 7-1v-3l7-1v-3h2v2l5-1 3-3h-1v-5l-4-3v-2l3-2h4l-2-2h-1l-2-3v-6l-1-4 2-6 3-7-3-3v-2l2-2h4v-2l-4-2v-2l3-4-4-4 1-2-3-2-2-2v-7l-2-2v-5l2-2v-2l-2-1v-4l-1-3-1-3-3-2-6 2h-4l-2 3-1 2-1-2 1-2 1-3-2-3v-4h-2l-1-7-3-3h-2z",
        onClick: e[336] || (e[336] = (s) => t.onclick(s)),
        onDblclick: e[337] || (e[337] = (s) => t.ondblclick()),
        onMouseenter: e[338] || (e[338] = (s) => t.onenter(s)),
        onMouseleave: e[339] || (e[339] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-57",
        style: D({ display: n.config.displayDep["FR-57"] }),
        d: "M765 160h-5l-4 4-1 1h-6l-2-2h-1v6l-2 2 5 10 2 2 2 5-3 5 3 3-1 3v4h-4v5l7 4v6h5l3 4h7l7 9 2 5h5l9 4 8 4v2h5l7 4h6l6 4 5 4 5 2 6-7 2-7-2-3-1-3 5-8-10-5-6 4-4-2 2-4-4-2-5-2v-5l5-1 2-9 3-3 2 5 4 2 7 1 3 4h4l4-3 5 3h2l3-2v-6l3-5-3-3-7-5-3-4-8 1-5 5h-13l-3-2c-.9-2-2.3-3.7-4-5h-1c-2 0-5-2-5-2l-5 2v4l-6 1-4-7-2-1v-5l-5-2-1-9-3-3-8-4h-3l-1 1h-4l-5-4z",
        onClick: e[340] || (e[340] = (s) => t.onclick(s)),
        onDblclick: e[341] || (e[341] = (s) => t.ondblclick()),
        onMouseenter: e[342] || (e[342] = (s) => t.onenter(s)),
        onMouseleave: e[343] || (e[343] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-88",
        style: D({ display: n.config.displayDep["FR-88"] }),
        d: "m832 262-4 1-5 2-3 4-3 2-6 2h-2l-4-1h-5l-1-5-3 1v5l-2-2-4 3-4 1h-5l-3 1-3-2-2 2h-6l-2 4-12 1-2-3-4-1v-2l2-2h-2v-6h-6l-2 1-3 3-5 2v-3h-2v3l-7 1v3l-7 1-2 3 3 3 5 1 5 6h5l1 5 5 1 1 3-4 2-2 10 10 5v7l4-1 3 3 3-2-1-2 1-1 3 3 4-3 1-3 6-1 2 1v4l5 4 2-1 4-2h7l6 6h2l2-2 1-2 3-1 3 2 3 3 12 6 4-4v-14l6-5 4-8-1-6 4-8 4-9-7-2-1-10 2-6z",
        onClick: e[344] || (e[344] = (s) => t.onclick(s)),
        onDblclick: e[345] || (e[345] = (s) => t.ondblclick()),
        onMouseenter: e[346] || (e[346] = (s) => t.onenter(s)),
        onMouseleave: e[347] || (e[347] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-91",
        style: D({ display: n.config.displayDep["FR-91"] }),
        d: "m491 244-3 2-4 1-1 4-5 3-1 4 3 4-4 5h-5l2 3-2 3-1 5 2 1v4l1 2 1 9 11-1 5-4 4 3 9 1 2 2v-7l8-6-3-3 2-9 1-2-2-10 3-3v-4l-4-2h-7l-3-2-3 1-6-3z",
        onClick: e[348] || (e[348] = (s) => t.onclick(s)),
        onDblclick: e[349] || (e[349] = (s) => t.ondblclick()),
        onMouseenter: e[350] || (e[350] = (s) => t.onenter(s)),
        onMouseleave: e[351] || (e[351] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-78",
        style: D({ display: n.config.displayDep["FR-78"] }),
        d: "m449 211-10 3-2 2 2 3v2l3 1-2 2v2l1-1 3 4 1 4 3 3-1 4v4l2 3-2 4 2 6 6 4v4h5l1 8 3 4 6 1 1-5 2-3-2-3h5l4-5-3-4 1-4 5-3 1-4 4-1 3-2v1-1l-3-3-2-6 3-7-1-5-7-4h-8l-9-6-6 2z",
        onClick: e[352] || (e[352] = (s) => t.onclick(s)),
        onDblclick: e[353] || (e[353] = (s) => t.ondblclick()),
        onMouseenter: e[354] || (e[354] = (s) => t.onenter(s)),
        onMouseleave: e[355] || (e[355] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-95",
        style: D({ display: n.config.displayDep["FR-95"] }),
        d: "m456 195-3 4-2 8-2 4 9 4 6-2 9 6h8l7 4 1 5h1l6-3 10-1 5-2 4-3 1-7-2-2-8-5-8-4-4 2-4 1-3-2-6-4-4 4-7 1-10-1-2-4z",
        onClick: e[356] || (e[356] = (s) => t.onclick(s)),
        onDblclick: e[357] || (e[357] = (s) => t.ondblclick()),
        onMouseenter: e[358] || (e[358] = (s) => t.onenter(s)),
        onMouseleave: e[359] || (e[359] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-93",
        style: D({ display: n.config.displayDep["FR-93"] }),
        d: "m515 219-4 3-5 2-10 1 1 1h1v3h-1v2h5l1 2 1 4 1-1 2-1h2l3 2 2 2 1 1h2v-5l-3-13z",
        onClick: e[360] || (e[360] = (s) => t.onclick(s)),
        onDblclick: e[361] || (e[361] = (s) => t.ondblclick()),
        onMouseenter: e[362] || (e[362] = (s) => t.onenter(s)),
        onMouseleave: e[363] || (e[363] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-75",
        style: D({ display: n.config.displayDep["FR-75"] }),
        d: "M502 231h-5l-2 1-1 1h-1l-2 2v2l3 1 4 2h3l2-1 4 1v-3h-2v1h-2l1-1-1-4z",
        onClick: e[364] || (e[364] = (s) => t.onclick(s)),
        onDblclick: e[365] || (e[365] = (s) => t.ondblclick()),
        onMouseenter: e[366] || (e[366] = (s) => t.onenter(s)),
        onMouseleave: e[367] || (e[367] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-92",
        style: D({ display: n.config.displayDep["FR-92"] }),
        d: "m496 225-6 3h-1l-3 7 2 6 3 4 5 4 2-1-1-2 1-3-1-1 1-2-4-2-3-1v-2l2-2h1l1-1 2-1v-2h1v-3h-1z",
        onClick: e[368] || (e[368] = (s) => t.onclick(s)),
        onDblclick: e[369] || (e[369] = (s) => t.ondblclick()),
        onMouseenter: e[370] || (e[370] = (s) => t.onenter(s)),
        onMouseleave: e[371] || (e[371] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-94",
        style: D({ display: n.config.displayDep["FR-94"] }),
        d: "m507 235-2 1-1 1-1 1h2v-1h2v3l-4-1-2 1h-3l-1 2 1 1-1 3 1 2 1-1 4 2h7l4 2 3-8v-3h-2l-1-1-2-2-3-2z",
        onClick: e[372] || (e[372] = (s) => t.onclick(s)),
        onDblclick: e[373] || (e[373] = (s) => t.ondblclick()),
        onMouseenter: e[374] || (e[374] = (s) => t.onenter(s)),
        onMouseleave: e[375] || (e[375] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-25",
        style: D({ display: n.config.displayDep["FR-25"] }),
        d: "m811 361-1 1h-4l-2 3-3 1v4l-7 1-3-3-5 1-5 4-3 5-3 1-2 4-4 1-6 5h-7l-3 1h-2l-7 6h-3v6l5 3 2 3v4l-3 6-1 3 10 4 6-1 1 6v7l8 2 4 1 5 5-1 4-2 4-7 2 2 4 1 2-3 3v3h5l22-21-1-17 8-4 6-3 5-4v-8l5-2 12-13-2-5 4-1 4-6-2-3-9 2v-1l8-10z",
        onClick: e[376] || (e[376] = (s) => t.onclick(s)),
        onDblclick: e[377] || (e[377] = (s) => t.ondblclick()),
        onMouseenter: e[378] || (e[378] = (s) => t.onenter(s)),
        onMouseleave: e[379] || (e[379] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-90",
        style: D({ display: n.config.displayDep["FR-90"] }),
        d: "m818 336-3 2-3 2v5l1 5v9l-2 2 22 11 1-2 5-1-2-8-1-4-5 1-1-4 2-4v-4l-1-2-6-5-6-1z",
        onClick: e[380] || (e[380] = (s) => t.onclick(s)),
        onDblclick: e[381] || (e[381] = (s) => t.ondblclick()),
        onMouseenter: e[382] || (e[382] = (s) => t.onenter(s)),
        onMouseleave: e[383] || (e[383] = (s) => t.onleave(s))
      }, null, 36)
    ], 8, Ev)
  ], 8, Dv);
}
const Cv = /* @__PURE__ */ tn(Mv, [["render", _v]]), Nv = {
  mixins: [Wn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Ov = ["viewBox"], Sv = ["stroke"];
function Rv(t, e, n, i, o, l) {
  return Ke(), rt("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: n.config.viewBox
  }, [
    w("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": ".2%"
    }, [
      w("path", {
        class: "FR-20R",
        style: D({ display: n.config.displayDep["FR-20R"] }),
        d: "m1010 932-9 12 1 11v5l1 5-2 13-2 4h-5v4l3-2h4v4l-7 4v3l1 2-5 5 4 1-2 7h-5l-1-3h-6l2-3-3-2-4-1-12-4-6-4-4-3c0-1 3-5 3-7v-1c1 0 3 1 3 1l5-5-11-1-8-2 2-7 5-3-3-2 3-6-2-1-5 2-1-1h-6l-1-6 2-3 3-4 2-1 2-2-2-4-3-1-8-2v-8l-2-2v-2l5-1 4-1-1-3-6-4-3-3v-3h3l1-3 4-3-1-3v-6l3-1 1-6 2 2 3 1 2-4 7-6 9-2 2-6 4-4h4l1 1h5l3 3 3-1 2-4v-5l-4-4v-3l2-2-1-3 3-3-3-3v-4l5-4 3 2 2 2 2 8 2 10-2 6 1 13 5 4 2 4 1 22 4 7z",
        onClick: e[0] || (e[0] = (s) => t.onclick(s)),
        onDblclick: e[1] || (e[1] = (s) => t.ondblclick()),
        onMouseenter: e[2] || (e[2] = (s) => t.onenter(s)),
        onMouseleave: e[3] || (e[3] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-PAC",
        style: D({ display: n.config.displayDep["FR-PAC"] }),
        d: "m903 734-8 3 1 5-6 5 4 8-6 4-1 4h-6l-7 6-9 1v11h-4l-2 3-7-2-1 9-6 7-10 1-1 6-3 4-6 3h8v9l-6 3-5-2-2 4h-8l-3 2v5l-3 2-2-3h-2l-5-2-5 3 1 5 2 2h-9l4-2v-3l-11-1-6 4-4 3-4-1-2-8-6-2-1-2-1-1-9-3h-17l2-2 1-4h-8l6-5-1-4-6 3-20-1-3-7-7-3-5 4 7 6-12 2-16-3 4-6h5l-3-3-15-1h-11l3-8 12-7-3-4 3-8 11 2 3-20 10-5 4-3v-4l-11-11v-8l-6-10-1-1 2-4 10-1 2 2-1 7 1 2 5-5 5-1 1-2-6-1-1-7 4-6h5l5 5-5 6 1 3 8 1 4-4-2 5 1 4 7 1 10 1 1 4 6 5h5l3-3 2-5 3 2 2 3 1-14h-3l-2-5-13-3-1-6 4-3-3-3v-3h6l5 3 4-5-4-3v-5l3-6 7-1 6-3 1-2-3-2v-4h10l2-3-1-3 4-4 4 2 4-4 9 1 2-3h7v-8l-3-1-1-5h-8l-1-2 2-8 2-2 7-1 2 2 1 6 6-1 1-6 3-1h7l3 5 1 4 6 2 1 11 10 4h5l4 1 1 10 5 3v3h-4l-3 4h-1l1 5-7 7-1 4 2 4 3 1 3 3-5 1v7l8 5v6h5l9 3 10 7h5l17-6h5l2 5 2 3 1 5z",
        onClick: e[4] || (e[4] = (s) => t.onclick(s)),
        onDblclick: e[5] || (e[5] = (s) => t.ondblclick()),
        onMouseenter: e[6] || (e[6] = (s) => t.onenter(s)),
        onMouseleave: e[7] || (e[7] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-OCC",
        style: D({ display: n.config.displayDep["FR-OCC"] }),
        d: "M690 743v4l-15 8-2 20-11-2-3 8 3 4-12 7-3 8h-13v-7l-6-1h-5l-12 8-19 16-3 4h-11l-1 4-13 3v2l-1 4-3 4-6 4-6-6-3 5 4 6 4-1v22l1 32 5 2 3 4v6l-6-1-5-5h-7l-6 2-3 5-11 2-1 5-2 2-2-2h-3l-3 3-10-8-12-4-7 1-6 8h-5l-6-5v-6l-10-3-6-5-1-4-1-7-15-2-6 2-6-9h-15l-7-7h-5l-11-3-1-1-8-4-5-1-1 18-14-1-7-1-4-1-2 4-7-1-5-6-12 5h-5l-5-5-1-4-7-6-6-3h-1v-7l3-2 2-12 5 1 2-2-2-5 10-8 5-13 4-5-5-6-2-4 3-4-6-10-9-1-3-5 2-7 4-4-1-7 3-2-5-8 4-4 4-1 4 2 5-5 1 6 2 2 4-1v-4l2-6 5 4 5-6 3 4 6-1 7-1 2-5 11-1 6 5 1-2h1l3-1-1-5 5-1 7-2-2-4 3-3 1-6-4-5 3-8 6 3 7-1v-1l-3-7-3-11h7l2-5 3-3v-6h8l6-8-3-1v-3l6-1v-4l3-1 4-6-4-4v-4l3-2h1l7-4 9 4 8 10h4l6-6 2 3 4-4 6 2 2 13 6 5-5 10 5 2-2 6 3 1h1l3-5h5l1 1h11l2-4 3-1 1-8h2v-9l11-9 1 2v6l8-1 1 11h4l1 10 3.1 3.7L552 665l5-16 7 4 3-6 10-4 6 17 10-3v-5h4l1 6 7-2 9 12 3 13 6 7-1 7 2 1 6 4v10l4-2 8 6 4 1 1-7 5-1 2 6 5-1 1-5 13 7 6 10v8z",
        onClick: e[8] || (e[8] = (s) => t.onclick(s)),
        onDblclick: e[9] || (e[9] = (s) => t.ondblclick()),
        onMouseenter: e[10] || (e[10] = (s) => t.onenter(s)),
        onMouseleave: e[11] || (e[11] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-ARA",
        style: D({ display: n.config.displayDep["FR-ARA"] }),
        d: "m852 596 1 2-1 7-9 3-2 2-5 3v4h-4l-4-2-11 4h-7l-3 1-1 6-6 1-1-6-2-2-7 1-2 2-2 8 1 2h8l1 5 3 1v8h-7l-2 3-9-1-4 4-4-2-4 4 1 3-2 3h-10v4l3 2v1l-1 1-6 3-7 1-3 6v5l4 3-4 5-5-3h-6l-1 3 4 3-4 3 1 6 13 3 2 5h3l-1 14-2-3-3-3-2 6-3 3h-5l-5-5-2-4-10-1-8-1v-4l2-5-4 4-8-1-1-3 5-6-5-5h-5l-4 6 1 7 6 1-1 2-5 1-5 5-1-2 1-7-2-2h-5l-5 1-2 4-12-6-1 5h-5l-2-5-5 1-1 7-4-1-8-6-4 2v-10l-8-5 1-8-6-6-3-13-1-2-8-10-7 2-1-6h-4l-1 5-9 3-6-17h-1l-9 3-3 7-7-4-5 16-5 11-3-3-1-11h-4l-1-10-7 1-1-7-1-1-11 9v9h-2l-1 8-3 1-2 4h-11l-1-1h-5l-3 5-4-1 2-6-5-2 5-10-7-5-1-12 4-3-1-4-2-2 3-4h2l2-6 2-3-1-6 4-6 7-5v-10l3 2 4 4h4l2-2-2-5 1-4 1-2-1-6-2-3v-5l3-5-1-5-8-9-1-3 7-4 4-2 1-5 4-3-1-7-3-4v-7.3l-1-.7v-3l-4-9-4-2-3-5-2 4-3-4v-4l-4-6 2-4 4-5 9-2 5 1 5-4v-2l-2-2v-6l10-9 3 4 3-4h3l5-6h9v5l6 3 5 4 3-2 4-2 1 3h5l2-3 3 2 1 5 3-1 7-9 3 2 8 14v5l1 2h7l2 3h5l3 4v14l-8 6 1 1 1 5 5 1 1 3h3l4-3 12 2 2 2 3-3h4l1-7 1-4 1-1h4l4 3 4-3 2 3 3-4h4l2 6 1 7h3l1-2 1-3 7-26 2-5h4l4 3 3-1 4-2h3l2 5 7 3 7 10 5 2v5l5-1 7-7 6 2v5h10l15-17 6 4 1 2-5 7 2 1v4h-7l-4 3v7h12l4-5 8-4-4-4-1-3 4-8h4l2 3 8-6 8-2h13v5l6 7v5l-4 4 1 3 6 3v9l3-1 8 8 1 8-2 3-12 5v12l5 7s5-1 7-1c2 2 1 13 1 13l9 6 2 5 5 2z",
        onClick: e[12] || (e[12] = (s) => t.onclick(s)),
        onDblclick: e[13] || (e[13] = (s) => t.ondblclick()),
        onMouseenter: e[14] || (e[14] = (s) => t.onenter(s)),
        onMouseleave: e[15] || (e[15] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-NAQ",
        style: D({ display: n.config.displayDep["FR-NAQ"] }),
        d: "m519 538-4 3-1 5-4 2-7 4 1 3 7 8 1 1 1 5-3 5v5l2 3 1 6-2 6 2 5-2 2h-4l-4-4-3-1v9l-7 5-4 6 1 6-2 3-2 6h-2l-3 4 2 2 1 4-4 3-1-1-5-2-4 4-2-3-6 6h-4l-7-10-10-4-7 4h-1l-3 2v4l4 4-4 6-3 1v4l-6 1v4h3l-6 8h-7l-1 6-3.8 3.8.8.2-2 4h-7l3 11 3 8-7 1-6-3-3 8 4 5-1 6-3 3 2 4-7 2-5 1 1 5-3 1-2 2-6-5-11 1-2 5-7 1-6 1-3-4-5 6-5-4-2 6v4l-4 1-2-2-1-6-5 5-4-2-4 1-4 4 5 7-3 3 1 7-4 4-2 7 2 5h1l9 1 6 10-3 4 2 4 5 6-4 5-6 13-9 8 2 5-2 2-5-1-2 12-3 2v7l-7 4-3 2-2-2-3 1-4 2-4-5-9-7-1-7h-14l-8-5-9-2-3-4h-6l-3-3 1-5-3 3-1 6-6-2-3-4v-3l5-2v-7l2-2-1-5-4-1-7-3-1 4-5-1-1-5h-6l-4-4v-4h4l7-3 8-10 1-3 6-9 2-9 11-44 6-34v-8l4-6 1-5 3-2 2 3 9-1-2-3-1-2-7-6-5 6-3 8v-6l4-24 4-30 2-30 6-9v-1l4 1-1 7 19 17 7 28 1-2v-11l-3-10v-2l-3-13-11-11-4-1-1-4-5-3-7-6-5 1v-8l-2-8-1-7-8-6 1-13 5 6 6 1 1 9 1 1 2 3-4 4 1 3h5l-1-2v-5h4l2-8-3-4 1-3 4 1 1-4-4-1-2-5-4-1-2-4-8 1-3-3-6-4h-5l-3-5 6-3 4 3 1 4 7 1 3 3 5-1 1-3 6-5-3-3 11-6 5-1 2 6 7-3 5 4h1l4-2 5-1 1-2 5-3-3-4-3 3v-3l2-5-2-4 2-3-1-10-4-6 3-3-6-7 2-4-9-8v-4l-3-5 7-3 11 2 5-3v-5l10-1 9-1 10-1 1 3 3 2v-1l2-3 7-8v1h3l2 5 6 2v4l9 2v12h11l9-3-1-3 3-2 3 4 2 1 3 8 6 7 1 5 6 6v7l-1 5 7 5 3 4h6l2 8 4 2-1 5-2 1 10 1 3-3 6 5v-1l7-7 3 2h4l2 1h6l2-6 18 2 7 2 12-1 4 6v4l3 4 2-4 3 5 4 2 4 9 1 11 3 4z",
        onClick: e[16] || (e[16] = (s) => t.onclick(s)),
        onDblclick: e[17] || (e[17] = (s) => t.ondblclick()),
        onMouseenter: e[18] || (e[18] = (s) => t.onenter(s)),
        onMouseleave: e[19] || (e[19] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-BRE",
        style: D({ display: n.config.displayDep["FR-BRE"] }),
        d: "M259 289v6l1 3v11l2 2v10l-6-1-2 2-5 11-2 7-1 3-8-2-3-5h-5l-1 4-8 1-3 3-2 4-22 2-7 3-2 1-1 11-10 3-7 4h-6l-2-2-3 3h-2v-4l2-2-5-1-20 2-3-5-4-2 3-3 10 4 2-3-4-4-5-2 1 3-5 1-4-6 3 5-3 4-4-4-1-3-2 5-4-1v6l2 3-2 3-5-4 1-4 1-5-2-4-7-7-5-2 1-4-2 4-6-2-4-6 .2-.8-.2-.2h-4l-7-1-2-3v2l-10-1-5-7-2-7v7h-3l-6-3h-3l-4-1 4 4-2 4h-8l-8-2 3-5-2-9-8-9-4 1-4-3H4l-3-2 2-3 12-1 8-1h9l2-4-2-5-3-1-8-4-4 6-2 1 1-9-7-3 5-5 9 3 7 2 8 1v-3h-7l1-5-7 3-1-3 8-8-9 7-14 1-1-1-2 2-6-1 2-7-2-4 6-4-5-4 6-6h9l1-4 3-2 2 2h6v-3l8-1 1 4 5-1 1-4 8-1 4 2 5-4v8h5v3h3v-7l10-1 6 4 5-7-2-4 7-5 6 4 2-2 8-1 3-3 2 5 1-4h8l-1 4 4 1v6l5 1v6l7 5-1 6 8 4v7h3v-4l13-7 2-5 7 2 4-4v7l2-2 4 1v5l5-1v-4l7 1 2.2-2.2-.2-.8 4-3h9l-5 6 7 4h18l1 4 2 7 6 6h3l3-4h3l4-5 4 3h4l3 1-1 11 2 1v7z",
        onClick: e[20] || (e[20] = (s) => t.onclick(s)),
        onDblclick: e[21] || (e[21] = (s) => t.ondblclick()),
        onMouseenter: e[22] || (e[22] = (s) => t.onenter(s)),
        onMouseleave: e[23] || (e[23] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-PDL",
        style: D({ display: n.config.displayDep["FR-PDL"] }),
        d: "m390 319 4 3-1 8-1 5h-4v7l-5 6-5 2-3 3 2 5-11 3-2 3-4-3 2 8h-4l-7-5-3 4-1 3 2 2v2l-4 5v8l-5 6-4 15h-3l-7 8-2 4-3-2-1-3-10 1-9 1-10 1v5l-5 3-11-2-7 3 3 5v4l9 8-2 4 6 7-3 3 4 6 1 10-2 3 2 4-2 5v3l3-3 3 4-5 3-1 2-5 1-4 2-6-4-7 3-2-6-5 1-11 6-2-2v6l-8-4-4-6h-8l-3-7h-8l-8-7-7-4-7-20h-3v-4l-11-10 1-9 10-14h1l-10-9-7 1-1-5h4l4-4-1-3-1-4 7-3h-6l-5 5h-7l-4-5v3l-7-2-4-2 4-5-2-3-1-1 6-7-1-1h1l3-3 3 2h5l7-3 10-4 1-10 9-5 23-2 1-3 3-4 8-1 1-4 5 1 3 4 7 2h1l.9-1.9-.9-.1 1-1 2-7 5-11 2-2 6 1v-10l-2-2v-11l-1-3v-6l3-4v-7l-2-1 1-10 6 1 3-3 6 2 2 5 4 3 6-4 3 2 10-5 10 1 5-2 2-4h3l4 3 1 8 5 2 2 6h6l10-9h9l3 4 2 13 6 2 4 6h7v2l1-3h1l5 7 5 1 5 3-4 6z",
        onClick: e[24] || (e[24] = (s) => t.onclick(s)),
        onDblclick: e[25] || (e[25] = (s) => t.ondblclick()),
        onMouseenter: e[26] || (e[26] = (s) => t.onenter(s)),
        onMouseleave: e[27] || (e[27] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-CVL",
        style: D({ display: n.config.displayDep["FR-CVL"] }),
        d: "m554 329-9 8 3 4v5l-5 4h-8l1 4 5 6 1 6 1 4-7 2v4l5 5v7l-4 4 2 5 6 5v5l4 7-1 9 4 4-1 9v5l2 3-3 9v-2h-9l-5 6h-3l-3 4-3-4-10 9v6l2 2v2l-5 4-5-1-9 2-4 5-2 4-8 1h-4l-7-1-18-3-2 6h-6l-2-1h-4l-3-2-7 8-6-5-3 3-10-1h2l1-6-4-2-2-8h-6l-3-4-7-5 1-5v-7h-1l-5-6-1-5-6-7-3-8-2-1-3-4-3 1 1 4-10 3h-10v-12l-9-2v-4l-6-2-2-6 4-14 6-7-1-8 4-5v-2l-2-2 4-7 7 5h4l-2-8 4 3 2-3 11-3-1-2-1-3 3-3 5-2 5-6v-7h4l1-5 1-8-4-3 3-5 4-6-5-3h-1v-9l-2-3-1-3 5-3 6-1 3-5v-13l-8-7v-6l-1-1 5-4h5l13-7 4 1h9l2-2v-5l8-4v-6l2-2 3 4 1 4 3 3-1 4v4l2 3-2 4 2 6 6 4v4l5 1 1 7 3 4 7 2 1 4 1 2 1 9h1l10-1 5-4 4 3 9 1 4 5 4 2 1 7-6 4 3 2 4-2h14l1-3h4v3l9-5 7 6 2 6 4 5z",
        onClick: e[28] || (e[28] = (s) => t.onclick(s)),
        onDblclick: e[29] || (e[29] = (s) => t.ondblclick()),
        onMouseenter: e[30] || (e[30] = (s) => t.onenter(s)),
        onMouseleave: e[31] || (e[31] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-NOR",
        style: D({ display: n.config.displayDep["FR-NOR"] }),
        d: "m462 192-2 1-3-2-1 4-3 4-2 8-2 4-10 3-2 2 2 3v2l3 1-2 2v1l-1 2v6l-8 4v5l-2 3h-9l-4-2-13 7h-5l-5 4-5-3 6 4v6l8 7 1 13-4 5-5 1-6 3 1 3 2 3v9l-3-1-6-8h-1l-1 4v-2h-7l-4-6-6-2-2-13-3-4h-9l-10 9h-6l-2-6-5-2-1-8-4-3h-3l-2 4-5 2-10-1-10 5-3-2-6 4-4-3-2-4v-1l-5-2-4 3-6-1v-1l-3-1h-4l-4-3-4 5h-3l-3 4-3-1-6-5-2-7-1-4h7l3-2v-4l-8-2-5-13 4-9v-10l-4-9v-13l-2-2-2-9-8-9-2-6v-7h-1l-2-2 3-4v-7l-7-7 1-3 14 4 9 6 8-6 16 1 3 9h-4l-3 8 10 11v8h4l10-3 7 4 30 4 12 7 16-6 13-8 9-2h1l-.4-.1-9.6-1.9-7-6 1-10 9-13 15-8 18-6 27-7 16-12 2-3 3 1h4l2 4 16 15 1 7 4 6-4 4-1 4h2l-1 4-1 7 2 4v6h3l-1 2-3 5-1 3 4 3 1 8z",
        onClick: e[32] || (e[32] = (s) => t.onclick(s)),
        onDblclick: e[33] || (e[33] = (s) => t.ondblclick()),
        onMouseenter: e[34] || (e[34] = (s) => t.onenter(s)),
        onMouseleave: e[35] || (e[35] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-HDF",
        style: D({ display: n.config.displayDep["FR-HDF"] }),
        d: "m626 136 2 3-1 4-6 3v5l-6 1-1 3 4 3-1 5-1 4v12l-2 1-7-4-4 2 1 3h-8l-7 6v9l5 3 2 4h-9v4l3 2-2 2-3 2 1 2h4l2 3-3 2-3 7-5 3-2 4-1 1-6-2-2-4-3-1-10-9-1-8-3-3h-1l-2 1-4 3-3-1-6 2-5-3-2 3-4 1-2-2-4-2-4 3-2-3-8-5-8-4-4 2-4 1-9-6-4 4-7 1-10-1-2-4-2-3 1-4 3 2 2-1-1-3-1-8-4-3 1-3 3-5 1-2h-3v-6l-2-4 1-7 1-4h-2l1-4 4-4-4-6-1-7-16-15-2-4h-4l-3-1 12-14 10 6v-4l-8-7 1-12V25l16-13 19.7-2.9.3-.1-1-1h2l18-2 11-6 5 9 1 6-2 4v6l2 4h5l4 4 1 4 2 3h5l4-5 9-3h5l1 4h2v2l3 2 1 14 1 5h5l3 3 7-3 2 3 5-1 6 7-1 13h3l2-4 20-1 12 9 1 3-5 4v5l-2 1 7 2 1 7-7 4v4h8l-1 6 3 7-3 2z",
        onClick: e[36] || (e[36] = (s) => t.onclick(s)),
        onDblclick: e[37] || (e[37] = (s) => t.ondblclick()),
        onMouseenter: e[38] || (e[38] = (s) => t.onenter(s)),
        onMouseleave: e[39] || (e[39] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-IDF",
        style: D({ display: n.config.displayDep["FR-IDF"] }),
        d: "M583 258v2l-5 3v4l-3 3-2 7v6h-1l-3 3-14-1-6 3-3 6 3 3-4 5-4 4-9 5v-3h-4l-1 3h-14l-4 3-3-3 6-4-1-7-4-2-2-3-2-2-9-1-4-3-5 4-11 1-1-9-1-2v-4l-2-1-6-1-3-4-1-8h-5v-4l-6-4-2-6 2-4-2-3v-4l1-4-3-3-1-4-3-4-1 1v-2l2-2-3-1v-2l-2-3 2-2 10-3 2-4 2-8 3-4 2 3 2 4 10 1 7-1 4-4 9 6 4-1 4-2 8 4 8 5 2 2v1l4-3 6 3h4l2-3 5 3 6-2 3 1 4-3 2-1 4 3 1 8 10 9 3 1 2 4 6 2-1 1 1 2-3 2-1 5 3 2 1 5-2 3 1 3z",
        onClick: e[40] || (e[40] = (s) => t.onclick(s)),
        onDblclick: e[41] || (e[41] = (s) => t.ondblclick()),
        onMouseenter: e[42] || (e[42] = (s) => t.onenter(s)),
        onMouseleave: e[43] || (e[43] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-GES",
        style: D({ display: n.config.displayDep["FR-GES"] }),
        d: "m901 210-3 9 1 6-4 3h-2l-4 5v4l-9 7-1 12-5 14 1 11-9 18v12l4 5-3 4v8l-2 4v9l-3 4 2 6 5 5-3 5-1 8-7 5h-13l-3-2 1-4-4 1-3-12-5 1-1-4 2-4-1-6-6-5-6-1-1-2-12-7-3-3-3-2-3 1-1 2-2 2h-2l-6-6h-7l-6 3-5-4v-4l-2-1-6 1-1 3-4 3-3-3-1 1 1 2-3 2h-1l1 3-3 2v5h-6v2l-5 1v5h4l-2 2-1 8h-3l-6 1-6-1-5 1v4l-1 4-8 2-1-2-6-7-3 1h-4l-2-3-6 1v-7l-3-2 4-5-8-11-6-7-5-2-1-1h-11v5l-5 2h-12l-2 4h-2l-2-4-8 4-14-1-2-4-4-5-1-7-5-7-4 3-7-5 2-10-10-10h-4l-2-2v-5l2-8 3-3v-4l5-3v-2h-5l-2-3 2-3-1-5-3-2 1-5 3-2-1-2 2-2 2-4 5-3 3-7 3-2-2-3h-4l-1-2 3-2 2-2-3-2v-4h9l-2-4-5-3v-9l7-5h8l-1-4 4-2 7 4 2-1v-12l1-5 1-4-4-3 1-3 6-1v-5l6-3 1-4-1-3v-5l3-3-3-6 1-7h7l5 4 4-2 8-2 4-3v-8l4-3 3-5v-1h6l1 2v6l-4 4 3 2-2 3-1 4 6 4v3l-2 2 1 8 12 1 3 3 2 4 10 1 3 3 1 7h3v1h2l3 3 1 7h2v-1l2-2h7l4-4h8l7 7h6l2 2h6l5-5h6l5 4h4l1-1h3l8 4 3 3 1 9 5 2v5l2 1 4 7 6-1v-4l5-2s3 2 5 2h1a13 13 0 0 1 4 5l3 2h13l5-5 8-1 3 4 7 5 3 3 7-2h4l3 3 5-3 8 4 9 1 5 4z",
        onClick: e[44] || (e[44] = (s) => t.onclick(s)),
        onDblclick: e[45] || (e[45] = (s) => t.ondblclick()),
        onMouseenter: e[46] || (e[46] = (s) => t.onenter(s)),
        onMouseleave: e[47] || (e[47] = (s) => t.onleave(s))
      }, null, 36),
      w("path", {
        class: "FR-BFC",
        style: D({ display: n.config.displayDep["FR-BFC"] }),
        d: "m834 380 2 3-4 6-4 1 2 5-12 13-5 2v8l-5 4-14 7 1 17-22 21-1 2 4 2-6 6v8l-15 17h-10v-5l-6-2-7 7-5 1v-5l-5-2-7-10-5-2-2-1-2-5h-3l-4 2-3 1-4-3h-4l-2 5-7 26-2 5h-3l-1-7-2-6h-4l-3 4-2-3-4 3-4-3h-4l-1 1-2 11h-4l-3 3-2-2-12-2-4 3h-3l-1-3-5-1-1-6h-1l8-6v-14l-3-4h-5l-2-3h-7l-1-2v-5l-7-13-1-1-3-2-7 9-3 1-1-5-3-2-2 3h-5l-1-3-4 2-3 2-5-4-6-3v-3l3-9-2-3v-5l1-9-4-4 1-9-4-7v-5l-6-5-2-5 4-4v-7l-5-5v-4l5-1 2-1-1-4-1-6-5-6-1-4h7l6-4v-5l-3-4 9-8v-6l-4-5-2-6-7-6 4-4 4-5-3-3 3-6 6-3 14 1 3-3h1l2 2h5l9 10-1 10 6 5 4-3 6 7v7l4 5 2 4 14 1 8-4 2 4 2 1 2-4 1 2-1-3h12l5-2v-5h11l6 3 6 7 8 11-4 5 3 2v7l6-1 2 3h4l3-2 6 8 1 2 8-2 1-4v-4l5-1 6 1 6-1h3l1-8 2-2h-4v-5l5-1v-2h6v-5l3-2-1-3 4-2-1-2 1-1 3 3 3-3 2-3 6-1 2 1v4l5 4 6-3h7l6 6h2l2-2 1-2 3-1 3 2 3 3 12 7 1 2 6 1 6 5 1 2v4l-2 4 1 4 5-1 3 12-5 1-1 2-.6-.3-7.4 9.3v1z",
        onClick: e[48] || (e[48] = (s) => t.onclick(s)),
        onDblclick: e[49] || (e[49] = (s) => t.ondblclick()),
        onMouseenter: e[50] || (e[50] = (s) => t.onenter(s)),
        onMouseleave: e[51] || (e[51] = (s) => t.onleave(s))
      }, null, 36)
    ], 8, Sv)
  ], 8, Ov);
}
const Fv = /* @__PURE__ */ tn(Nv, [["render", Rv]]), Av = {
  mixins: [Wn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Pv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 57 50"
}, Tv = ["stroke"];
function Vv(t, e, n, i, o, l) {
  return Ke(), rt("svg", Pv, [
    w("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      w("path", {
        class: "FR-971",
        d: "m22.8 0-.2.2-2 1.2-.7.5-.3.4-1 1.3-.7 1v.6l.4.7.4 2.5.5.1.6.3.4.3.3.3V11l-.2.3-1.3.3-.6.7-1.1 3.8-.3 1v1l.3.8.7.9.9.7 1.1.7 1.4.5 1.4.3 1.2-.2 2.3-1 12-2.8 1 .3.6.2 2 .5h.5l.7-.6-.3-.4-1.3-.4-3.7-2.6-.7-.3-.4-.3-1.5-1.3-.7-.4-.8-.1h-1.3l-.7-.4-.5.5-1-.5-.8-.6-.7-.8-.7-1-.5-1.1-.1-.7.1-1.9-.3-1.8-.8-1.5-1.2-1.2L23 .1zm-6 16.2-.5-.5-.8.2-.7.5-.3.8-.7-.8-.3-.2-.2.2H13l-.5-.2 1-.5-1.2-1.4L10 13l-2.5-1-1.7-.3-.6-.3-.5-.6-.6-.4-1.3.3-1 .9-1.1 2-.7.6.3.9-.3 2.2v1.2l.4.8.5.8.4.8-.4 1 1 2.6v5.6l1 2.5.5.4.3.7.2.8.5.8.8.7.7.5.6.5.5 1-.5.5.4 1 .1.4 3.5-1.5 3.1-1.9 2.2-2.6.5-3.7-.4-3.9L15 24l-.1-3.3.4-.7 1.2-.3.5-.1-.5-1.4.4-1.6zm-2.4-4.6.6-.2-.2-.2-.3-.1h-.3l-.3.5.2.3zm40.6.2-1.7-.5-1.7.7-2.7 2.3-.9.5 1.6.2 2-.9zm-8 11.8v.2l.2-.2zm-.7.7h.5l.2-.4h-1.4l.5.4zm-5.2 17-.3-1-.5-.6-.5-.4-.8-2-1.3-1.2-1.7-.3-1.5.8-1.2 1.4-.5.8-.2 1-.6 1-.3.4.2.3.3.2.2.4.2.6v.5l1 1.8 2 .4 2.3-.6 1.7-.9.8-.6.4-.5.2-.7zM15.7 45v-.2l-.5-.1-.4.2-.3.7-.4.2-.3.3.2.3.7-.2.8-.5.3-.4zm-1.6-.1h-.4l.2.2h.3zm-2.3.6-.7.4-.3 1 .8.4.6-.4.2-.6-.4-.5zm2.6 2.5v-.3l-.3-.2v.2zm-1.5-.3.2.1h.1v-.1z",
        onClick: e[0] || (e[0] = (s) => t.onclick(s)),
        onDblclick: e[1] || (e[1] = (s) => t.ondblclick()),
        onMouseenter: e[2] || (e[2] = (s) => t.onenter(s)),
        onMouseleave: e[3] || (e[3] = (s) => t.onleave(s))
      }, null, 32)
    ], 8, Tv)
  ]);
}
const Lv = /* @__PURE__ */ tn(Av, [["render", Vv]]), Iv = {
  mixins: [Wn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, $v = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 43 50"
}, zv = ["stroke"];
function Bv(t, e, n, i, o, l) {
  return Ke(), rt("svg", $v, [
    w("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      w("path", {
        class: "FR-972",
        d: "m35.1 48 1.4-.1 1.1-.5 1-1.4 1.2-3 1.2-.5v-.7l-.6-1.2-.3-1.7-.6-1.4-1.2-.6.3-.5.1-.3.3-.3.6-.3-.8-1.1-.3-1.2v-1.3l.4-1.3-1.3.7.1-.8-.1-1-.3-.7-.7-.3-1-.3-.3-.6-.2-.7-.2-.5-2-1.2-.8-.8-.6-1.5.6-.3.3-.2.4-.2h.7l-3.3-1.5-.8 1.2-.9-.3-.1-.9 1.2-.6-.8-.8 2.7-1.5-.5-.6-.6-.3-.7-.1-.9.4-.2-2.3.3-1.9.8-.6 1.1 2 2.1-2.2-.2-.6.3-.4.6-.4.6-.6h-2.3l-2.3.6-2 1-1.4 1.2-1.7-3.6-1.2-.3-.5-.7-.2-.9-.4-.8-1.6-1-3.8-1.8-4.4-2.8L9.1 0 5.7.1 1.8 2.3l-.9.8-.6 1.1L0 5.6l.3 1.5.7 1.2 2.8 3 .7 1 .6 1.2.2 1.3-.2.6-.3.7-.2.7.4.7.4.5.3.5.3.5v.7l.8 1.8 1.7 1.7 3.5 2.5.4.4.6 1.2.4.5.6.1 2.1-.1h2.1l1.1-.2 1.5-.5.2 1.7.7 1.4.8 1.1.3.6-.7 1.5-1.4.6-1.5-.5-1.1-1.6-.8.9-2.6 1.2-2.7 2.9.9.5.5.4.1.4-.1.7 2.2 3.1.8.5 1.5-.2 2.4-1 1.5-.3 5.8.8 2.7-.5.6.2-.1 1 1.6.1 1.6-1 1.3-.5 1 1.4-.1 1.5-1 .6-1.1.3-.6 1.1.4 1.5z",
        onClick: e[0] || (e[0] = (s) => t.onclick(s)),
        onDblclick: e[1] || (e[1] = (s) => t.ondblclick()),
        onMouseenter: e[2] || (e[2] = (s) => t.onenter(s)),
        onMouseleave: e[3] || (e[3] = (s) => t.onleave(s))
      }, null, 32)
    ], 8, zv)
  ]);
}
const Hv = /* @__PURE__ */ tn(Iv, [["render", Bv]]), jv = {
  mixins: [Wn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Wv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 40 50"
}, Gv = ["stroke"];
function qv(t, e, n, i, o, l) {
  return Ke(), rt("svg", Wv, [
    w("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      w("path", {
        class: "FR-973",
        d: "m7.8 0 .3.1.3.1h1l.2.1.3.2h.1l.2.1.1.1.2.1.2.1.2.1.2.2.3.1h.1l.1.1h.1l.5.3h.1l.2.1h.1l.1.1h.1l.1.1h.1v.1h.1l.1.1.2.1h.1l.4.2v.2l.1-.1v-.1h1l.2.1h.1l.4.1.1.1h.3l.2-.1-.1-.1h.1v-.1h.2v-.1l.3.1.2.1v.1l.3.1h.1l.2.1.2.1h.1l.1.1h.2v.1h.1v.1h.1v.1h.1l.1.1.1.1h.1l.1.1h.1l.3.2.3-.1h.1l.3.2h.2l.3.2.4.2.1.1h.1v.1l.2.1h.1l.1.1h.1l.1.2v-.1l.1-.1v.1h.1l.1.1v.1l.1.1.1.1h.1l-.1.1h-.1.1l.1.1v-.1l.1.1h.1l.2.2v-.1l.1.1.1.1.1.1v.2h.1l.1.1.1.1v.2h.1v.1l.2.2.1.1h.1l.1.1.1.1.1.1h.2l.1.2.2.3h.1l.1.1h-.1v.1l.1.1.1.1h.1l.2.1.2.3h.1v.1l.1.1.1.1.2.1h.2V9l.1.1.1.1.1.1h.1l.1.1.1.1h.1v.1h.1l.1.1.1.1.1.1h.1v.1h.1v.1h.1l.1.1v.1h.1v.1l.1.1.1.2.1.1.2.2h.3l.1-.1v-.1h-.1v-.1h.2v-.1.1-.1l.1.1.1-.1h.1l.1.1h.1v.1l.2.1.1.1.1.1h-.1v.2l.1.1h.1l.1.1.2.3h.2l.1.1.1.1.1.1v.2h.1v-.1l.1.1h.1v.1h.1l.1.1v.2h.1l.1.1v-.1l-.1-.1.1.1h.1v.2h.1v-.1l.1.1v.1h.1v.1h.1l-.1-.1.2.2h.1l.1.1h.1l.1.1h.1l.1.1h.1v.1h.1v.1h-.1.1l.1.1.1.1v-.1.2h.1v.2h.1-.1l.2.1.2.2h.4l.4-.2v-.1h.3l.1.1h.1v.1h.1l.1.1h.1l.1.1.1.1.1.1h.1l-.1.1h.2v.1l.1.2h.1l-.1-.1h.1v.3-.1.1h.1v.3l.1.1v.4l.1.1v.6l.1.2h.1v.1h.1v.2h-.1v.2h.1v.1l.1.1h.1l.1.2h.3v-.1h.1v.2h-.1l-.1.1v.1l-.1.1-.1.1.1.2v.2l.1.2.1.1v.1l.1.1.1.2h.1v.2l.1.1h.1v.1l.1.1.6-.1-.1.6v.3l-.1.2-.2.3v.2l-.1.5-.2.4-.1.1-.1.1-.3.1-.2.1-.2.1-.3.2-.2.4-.1.1-.1.1v.6l-.2.2-.2.3-.1.2-.2.1-.5.5-.2.1-.2.2-.2.1v.1l.1.3v.2l-.2.1h-.3l-.1.1-.1.1-.2.5v.4l-.1.3-.3.3-.2.1-.3.8v.1h-.1l-.1.1v.1l-.2.4v.1l-.2.2-.2.3-.5.9-.1.2-.3.3v.2l-.1.2-.1.1-.4.5h-.1l-.1-.1-.1.1-.3.2-.2.4v.3h-.2l-.1.1h-.1l-.1.3-.1.1.1.1h-.2v.1l.1.1v.3l.2.1v.2l-.1.2-.2.3v.1l-.1.1v.2l-.2.2-.1.5-.2.1v.4h.1l.1.1h-.1l-.1.2h-.3l-.1.1-.3.5-.4.9v.2l-.1.1.1.1-.2.2-.1.2-.1.2-.1.3-.2.4h-.2l-.1.1v.1l.1.1v.3h.1l.1.1v.3l-.1.1v.1h-.1l-.1.1v.2l.1.1-.1.1-.3.3-.1.2-.1.1-.1.1H25l-.2.1h.1v.2h-.2v.1h-.1l-.1.1v.1l-.1.2v.2l-.1.1-.1.2H24l-.2.1-.1.1h-.1v.1l-.1.1h-.1l-.4.2h-.1v.1h-.1l-.1.1-.1.1h-.1l-.2.1h-.2l-.1.1v.1h-.2l.1.1-.1.1-.2.1v.2l-.1.1-.1.2-.1.2-.1.2h-.3l-.1-.1v.2l-.1.1h-.2l-.4.1-.2-.1h-.1l-.1-.1h-.3l-.1-.1-.1-.1-.2-.3h-.3l-.1-.1-.2.1-.1-.1-.1.1h-.7l-.1-.1-.1-.1-.2-.4-.1-.1-.1-.1h-.2l-.3-.1-.2-.1-.2.1-.4.1-.3.1h-.6l-.2-.1-.3-.5-.2-.1-.1-.1-.2.1h-.2l-.3.2-.3.1h-.3l-.1.1-.3.1h-.5l-.5.1-.2-.1h-.1l-.3-.1-.3-.3-.1-.1-.1-.3v-.1l-.2-.1h-.1l-.1.1-.2.2-.1.2v.1l-.2.1h-.6l-.4.4h-.1l-.1-.2h-.2v.1l-.1.1v.4l-.2.2-.2.1h-.1l-.3.1-.1.2-.2.1h-.1l-.2-.1h-.2L6 47l-.1.1-.1.3v.2l-.1.2-.1.1h-.1l-.1-.1H5l-.1-.2-.1-.3h-.4l-.9.3h-.2l-.3-.1h-.3l-.1-.1-.1-.2-.1-.1-.1-.2-.1-.1h-.5l-.2-.1h-.4l-.2-.1-.3-.4H.5l-.1-.1H.1L0 46v-.1l.1-.1h.2v-.1l-.1-.1.5-.1h.1l.1-.1.1-.1h.2l.2-.2V45l-.1-.2-.1-.3.1-.5v-.2l.2.1.1-.1.3-.3.1-.1v-.1l.1-.1h.1l.1-.2.1-.1.2-.5-.1-.2h.1l.1-.1V42l.1-.3.1-.1.1-.1-.1-.1v-.1l.2-.3.2-.2h.1l.1-.2.1-.4v-.1h.1V40h.2l.1-.2v-.1h.1l.1-.1h-.1l.1-.1.1-.1v-.2h.1v-.6h.2l.1-.1v-.3h-.2V38l.1-.3v-.2l.1-.1.1-.1v-.4H5l-.1-.1h-.1l-.1-.1-.1-.2h.1l.1-.1v-.3l-.1-.2-.1-.2v-.1l.2-.2-.1-.2.1-.1-.1-.2v-.1l-.1-.1h-.1l-.1.1h-.1v-.1l.1-.1v-.1h-.1v-.1h.1l.1-.3.1-.2-.1-.1.1-.1h.2l.1-.1v-.1l.1-.1.1-.1v-.2l.2-.2.2-.2.2-.2H6l.1-.2.1-.1.1-.5.1-.3v-.1l.2-.2.1-.1.1-.2.1-.1-.1-.3.2-.4v-.9l.1-.3v-.1l.1-.1.1-.1v-.1l-.1-.2-.1-.2-.1-.2h-.1l-.2.2h-.2l-.1-.1v-.2l-.2-.1-.2-.3V27l-.1-.3-.2-.4-.3-.5h-.7l-.2-.1v-.2l.1-.2v-.1l-.1-.1-.4-.1-.2-.2-.1-.2-.1-.1v-.1l-.2-.1-.1-.2-.1-.1-.1-.3-.1-.3-.2-.4-.1-.1-.2-.1h-.1l-.1-.1-.1-.1v-.2l.2-.2.1-.2v-.3l.2-.3.1-.1-.1-.1-.1-.1-.2-.1-.2-.1-.3-.1v-.3l.1-.3v-.5l-.1-.3v-.6l-.2-.4-.1-.1-.1-.1V18l-.1-.3-.1-.1V17l-.2-.7.1-.2.3-.2v-.1l.1-.3v-.4l-.1-.1-.2-.3.1-.2v-.8l-.2-.2h-.2l-.1-.1.1-.4v-.2l-.1-.3v-.8l-.1-.4v-.1l.1-.1.1-.2.1-.2.1-.1V10l.1-.3.1-.3.1-.4.2-.2.2-.2.2-.2v-.2l.1-.1.1-.1.1-.2.3-.5.3-.6.4-.3L4 6l.2-.1.2-.1.3-.4.3-.1.2-.1.1-.1v-.4l.1-.2.4-.4.2-.4.5-.5.2-.2.1-.3.1-.4v-.6l.1-.1v-.3l.1-.2.1-.1.1-.2h.1V.4l.1-.1.1-.2V0z",
        onClick: e[0] || (e[0] = (s) => t.onclick(s)),
        onDblclick: e[1] || (e[1] = (s) => t.ondblclick()),
        onMouseenter: e[2] || (e[2] = (s) => t.onenter(s)),
        onMouseleave: e[3] || (e[3] = (s) => t.onleave(s))
      }, null, 32)
    ], 8, Gv)
  ]);
}
const Uv = /* @__PURE__ */ tn(jv, [["render", qv]]), Yv = {
  mixins: [Wn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, Kv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 56 50"
}, Xv = ["stroke"];
function Zv(t, e, n, i, o, l) {
  return Ke(), rt("svg", Kv, [
    w("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      w("path", {
        class: "FR-974",
        d: "m20.4 0-1 .5-1.6-.3-1.7.5-.6.2-3.7 2.8-.6.9-1.3.6-.6.1-.2-.3.1.3h.2v.6l-1-.2.5-.2v-.4l-1 .2-1.6-.5-.5.2-.1.9H6v-.3l.3.1-.2.7-.3-.2-.1.6.1-.6.1-.1h-.3l-.1 1.1-.3.5.5 1.9-.4 2.2-2 1.6-.7.3-1-.2L0 15.2v.6l.6 1-.2 2.4.8 1.2 2 1.6-.1.4 1.6 1.7.1 1.7.8.3.5.7v2l-.6 1.9.5.4.6 2.1 1.6.9.8.8v.4l.9.6.3.9-.2.4.7.7 2.2.3 2.1.7.8.5 1.9 2.3.8.4 1.7.2.5.3.2.7.9.5 1 .1-.4-.1h.4l.1-.3-.1.6h.2l.3.4 1.5-.1 1.9.9 1.3.3 1.1 1 .3-.3 1.5.5 1.3-.5.3.4.8.3.9.8 2.4-.5.8.7 1.2-.7 1 .2.8-.9 2.5.2 1.6-.7 2-.1.5-.5 1.7.2 1.9-1.4.9-1.2.1-.6-.5-2 .4-2-.4-.8-.2-1.8.7-3 .5-1.2.9-1 .1-1.6.9-.2-.3-1.7.2-.5-.7-.7-.1-.8-1.4-.6-1.2-1.1-1.3-.2-.9-1.5-.8-.7-.5-1-1.6-1.8-.6-1 .1-.8-1.3-1.7-.8-.4-.5-.9-.2-3.6-.3-1.3-1.2-1.9L39.1 5l-1.2-.8-1-.4-1.7-.2-2.5-1.4-.9.2-2-.6-.7.4-.8-.1L25.1 1l-1.4.3h-1.4z",
        onClick: e[0] || (e[0] = (s) => t.onclick(s)),
        onDblclick: e[1] || (e[1] = (s) => t.ondblclick()),
        onMouseenter: e[2] || (e[2] = (s) => t.onenter(s)),
        onMouseleave: e[3] || (e[3] = (s) => t.onleave(s))
      }, null, 32)
    ], 8, Xv)
  ]);
}
const Qv = /* @__PURE__ */ tn(Yv, [["render", Zv]]), Jv = {
  mixins: [Wn],
  props: {
    config: {
      type: Object,
      required: !0
    }
  }
}, e5 = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 38 50"
}, t5 = ["stroke"];
function n5(t, e, n, i, o, l) {
  return Ke(), rt("svg", e5, [
    w("g", {
      fill: "#5C68E5",
      stroke: n.config.colorStroke,
      "stroke-width": "0.2%"
    }, [
      w("path", {
        class: "FR-976",
        d: "M30.8 19.5V19l-.3-.2h-.2v.4l.1.1h.3zl.2.1v.3h.4v.1l.2.1h.2l.2.2h-.1.1l.2.2.2.1v.1l.1.1.2.6.4.4.2.4v.8h.1v.2l.2.1h.1l.2.1h.2l.2.5h.2v-.1L34 23v-1l.1-.1v-.1l.2-.2v-.1h.1v-.1h.9v-.2h.1l.1-.2.2-.2v-.2h-.2v-.4l-.2-.1v-.3l.2-.1v-.3l.2-.1h.1v.2h.1l.1-.1v-.3h-.5V19l.3-.3-.2-.2h-.2v-.1h-.1v-1H35l-.1-.1v-.1l-.1-.1-.1-.1h-.1v-.2h-.1l-.1-.1h-.1v-.3h-.1v-.1l-.2-.1v.1h-.1v.2h-.1v.1l-.2.1v.2l-.3.3-.2.2-.1.1-.2.2-.3.2-.7.7-.4.6.1.1h.2v-.1h.2l.2-.1v-.3H32v-.2h.1v.3h.1v-.1h.1v-.3h.4v.4l-.3.2v.2l-.2.2-.3.3v.3h-.3v-.2h-.2l-.2-.1.1-.1h.3v-.2.1H31h.2l.1-.3h-.1zM16.6 48l.2-.1.2-.1.1-.2h.1l.1-.3.2-.3v-.2h.2v-.2l.2-.2V46h-.1v-.3l-.2-.1v-.3h.1v-.1h.1l.2-.1v-.2h.1l.1-.1h1.1v.1h.1v.1l.2.1v.4h.1l.2.3v.8l.1.2v.1l.1.1v.3h.5V47h-.1l-.1-.1v-.4l.1-.1v-.2h.1l.1-.2h.3l.3-.1h.1l.2.1h.2l.2.2h.2v.1h.2V46l.1-.1.2-.1h.1v-.2l.1-.1h.1v-.1h.3V45h.1l.1-.2h.1l.2-.2-.1-.1h-.8v.2h-.2l-.4-.2-.1-.1-.1-.1-.2-.3h-.6l-.2-.2-.2-.1-.2-.2h-.1l-.2-.1-.1-.2-.1-.4v-.4l-.1-.1v-.2l-.2-.1-.1-.2h-.2l-.1-.1v-.2h-.1l-.2-.3V41l.2-.3v-.2h.1l.1-.2h.4l.2.1h.2l.2.1V40l-.3-.5-.1-.1v-.5l.2-.2.1-.3.1-.1v-.1l.1-.1h.3l.1-.1h.2v-.3h-.1v-.4l.2-.1.1-.2h1.1v.1h.1v.1l.2.1.3.1h.7l.4.2v-.1l-.4-.1h-.2v-.2h-.1V37h-.2v-.2l-.2-.1H23l-.1-1.4.2-.8-.1-.3h.1l.2-.1.3-.2h.1l.1-.1h.3v-.1h.3v-.1h.3v-.3h.1l.2-.2.2-.2h.3v-.3h-.2V32h.2v-.3h.1l.2-.2.2-.2V31h-.4l-.4.1-.2.1-.2-.2-.2-.3v-.1l.1-.5h.1v-.2l-.1-.1h-.2l-.2.1-.3-.2-.1-.1h-.1l-.3-.2V29l-.1-.2v-.1l-.1-.1H23v.1h-.2l-.1-.1v-.4l-.1-.1h-.1v-.6l.1-.1h-.1v-.1h-.1v-.2l-.2-.1v-.2h-.1v-.3l.1-.2h.1v-.1l.1-.1V26h.1l.2-.2v-.2h.3v-.1h-.6v-.4l.1-.4h.2v-.2h.1v-.1l.3-.2h.4l.1-.1v-.4h.1v-.3l.2-.2v-.4h.1l.1-.1.2-.2h.1v-.2l.1-.1.2-.1.3-.3h.2v-.2h.1v-.8h.1l.2-.1v-.1l.2-.1.2-.2.3-.3.3-.2.1-.1h.4v-.2h.2l.1-.1h.1v.1l.1.1h.3v-.1h.1V19h-.5l-.1-.1v-.2h-.1v-.2h.1v-.2h-.3v-.1l-.3-.1v.1l-.2-.1v-.4h.1v-.1h.1l.1-.1v-.2h.1v-.1l.1-.2v-.3h.3v.7h-.1v.2H27v.3h.5l.1-.3.1-.5h.1v-.4l.5-.1v-.1l-.1-.3H28l-.2-.4v-.2l.1-.1v-.3l-.1-.1h-.5V15H27v-.1l-.2-.1h.1v-.3l-.3-.1V14h-.2l-.5.1-.2-.1v-.3H25v-.2h-.1v-.2h-.1v-.2l.2-.1.1-.5H25v.3h-.2v.1h-.1v-.1h-.4v-.3H24v-.2h-.4l-.1-.1v-.1l-.2.1v.1h-.9l-.1-.1v-.1H22V12h-.7v-.1H21l-.1.1v.1h-.5l-.6-.2-.1-.2h-.1l-.2-.1v-.1l-.1-.3-.2-.2-.2-.3-.2.1v.1h-.1v.2h.1l.3.1v.4h-.2v-.2h-.3v.1l.1.2h.1l-.4.3v.2l-.4.5-.5.2-.5-.1v-.6h-.1V12h-2.1l.2-.3-.2-.2-.2-.2-.2-.3v-.6l-.2-.1-.1-.2h-.1l-.1-.2h-.2l-.1-.2v-.8l.4-.2h.2V9h.2v-.5l-.2.1h-.3l-.2-.1-.2-.1h-.2L13 8l-.2-.1-.2-.2h-.3l-.1-.1v-.1H12v-.3l-.1-.1v-.3h.3v-.1l-.1-.1-.1-.2h-.4v-.1l-.1-.2V6h-.8v-.2h-.1v-.2h.1l.1-.1.1-.2.1-.1h-.3v-.1h-.4l-.1-.1H10v-.2h-.5v-.1h-.4L9 4.5v-.4h.1V4h.2l.1-.1h.1v-.2h.3l.1-.1h.2v-.1h.3v-.1h.2l.1-.1h.4l.1-.1h-.3v-.1h-.2v-.3l.1-.1v-.4h.2l.1-.1v-.1h.2V2h-.1v-.1H11v.3h-.1l-.1.1v.1h-.1v.1h-.1v.1h-.2l-.1.1v.1H10V3h-.4l-.1-.1h-.1V3h.1v.6h-.2v.1h-.1v.1H9V4h-.4v.5h-.1v.1h-.2l-.1.1v.8l.1.1v.1l-.1.1-.1.1-.2.1h-.1l-.2.1-.2.1h-.6L6.6 6h-.3v-.1h-.1v.2h.1l.2.1h.2l.1.1.1.1H7v.9h-.1v.1h-.1l-.1.2v.1h-.2v-.1h-.2v.1h.1v.1h.1V8h-.1l-.1.1v.1h-.1v.1H6l-.1.1h-.2v.1h-.1l-.1.1-.3-.1h-.6v-.1h-.4v.2H4v.2l-.2.1h.3v.7H4v.3l-.2.1v.2l-.1.1-.2.3-.2.1v.1l-.1.1v.1l-.2.2h-.3v.2h1.4l.3.1h.2l.1.1v.1l.1.1v.1l.2.2-.1.1-.2.1v.3l-.1.3-.1.1h-.1l-.2.2-.2.2-.4.1-.2.1v.2l-.3.2-.1.2v.5l.1.1.1.1h.1l.1.1.1.2H4v.2l.1.1v.2h.3l.1-.1.1-.2v-.1l.2-.1h.7l.1.1.1.1h.1v.3H6v.3h.2v.1l.4.2h.1v.1h.1v.1l.2.2v.1h.1v.1h.1v.1h.2v.1l.3.1.3-.3.7.2.2.1.1.1h.1v.1l.2.2.1.2h.2l.1-.1h.1v-.2h.2v-.2l.1-.1V17l.2-.2h.2v.2h.2v.1l-.1.1v.2h.1v.2l.1.2v.2h-.2v.9h-.2v.1h-.1l-.1.1v.1H10l-.1.1h-.2v.3h.1l.1.1.1.2v.3h.1v.2l1.2.1v-.1l.2.1v.3l-.7.2-.2.1v.4h-.1v.7l.4.4v.5h.1v.2h.1v.8h-.2v.7l-.1.3-.1.3-.2.5v.1l.3.2h.7l.1.1h.4l.1.1h.1l.2.2h.2v.4l-.1.2h-1l-.3.2-.3-.2h-.2v.2l-.3.4-.2.2-.2.2h-.5v.2l.1.1h.2v.1l.1.1h.1v.1h.1v.1l.1.1.1.1v.2h.1v.1h.2v.1h.2v.1l.1.1v.1h.7v.1h.2l.2.1v.1l.2.2v.3h.2v.3l.1.1v.1h.1v.1l.1.1v.1l.1.2h.2v.1l.2.2v.1l.2.1v.2h.4l.2.1v.1h.2l.3.7h.4l.1.1h.2v.4l.2.5v.6h.3l.1.1v.4l.1.2h.2l.1.2.1.1.1.1v.2l.1.1v.3l.1.2.1.2v.1l.1.2v.6l-.3.9-.4.4-1 .3h-.6l-.6-.4-.3-.2v-.2l-.2-.1h-.3l-.4-.2-.2-.1-.1-.1H12V38h-.4l-.2-.1h-.1v-.2H11l-.1-.2h-.1l-.2-.4v-1.3l.1-.1v-.5l-.3-.3-.1-.1v-.2h-.6l-.1-.1H7.4l-.2.1h-.5v.4H7l.1.1h.1l.3.5.2.5v.3l.2.1v.5l.2.1v.3l.2.2.1.1h.3l.2.3v.1l.1.1v.2l-.2.1v.2h.4l.2-.2.2-.1h.2v-.2h.6l.2.2.1.2.2.2v.6l-.1.1h-.1v.6l-.1.1v.4l-.1.2-.1.2-.2.2-.2.2-.1.2-.2.2-.1.2h-.3l-.2.1-.2.1-.3.2h-.1l-.1.1-.1.1H8v.4h-.1v.1H8l.2-.1h.3l.4.3.6.4.5-.3h.4l.2-.3.2-.2.1-.2v-.1l.7.3v1.4l-.1.1-.2.1v.8l.2.4-.2.4-.2.2v.4h.2l.1.2.1.2v.1h.1V47l.3-.8V46l.4-.4.2-.1h.2l.2-.1.3.1.3.1h.1v.3l.2.4-.2.5.1.2v.4l.3-.1h.2l.1-.1h.2V47l.1-.2h.4l.4.1v.3l.2.3v.3l.2.1h.3zM1 0 .9.3v.1L.8.5H.7L.5.8H.3v.1H0V1l.1.2v.2h.4l.1-.1h.2l.2.1.2.2.2.1.1.2v.4l-.1.1h-.2v.1l-.1.2v.2l.1-.2v-.2h.6l.2-.2V2l.2-.1v-.1h.2l.3-.2H3v-.3l-.1-.1h-.1L2.4 1V.7H2V.5L1.7.3h-.2V.2h-.2z",
        onClick: e[0] || (e[0] = (s) => t.onclick(s)),
        onDblclick: e[1] || (e[1] = (s) => t.ondblclick()),
        onMouseenter: e[2] || (e[2] = (s) => t.onenter(s)),
        onMouseleave: e[3] || (e[3] = (s) => t.onleave(s))
      }, null, 32)
    ], 8, t5)
  ]);
}
const i5 = /* @__PURE__ */ tn(Jv, [["render", n5]]), s5 = {
  France: Cv,
  FranceReg: Fv,
  // FranceAcad,
  Guadeloupe: Lv,
  Martinique: Hv,
  Guyane: Uv,
  Reunion: Qv,
  Mayotte: i5
}, { min: o5, max: l5 } = Math, $n = (t, e = 0, n = 1) => o5(l5(e, t), n), ea = (t) => {
  t._clipped = !1, t._unclipped = t.slice(0);
  for (let e = 0; e <= 3; e++)
    e < 3 ? ((t[e] < 0 || t[e] > 255) && (t._clipped = !0), t[e] = $n(t[e], 0, 255)) : e === 3 && (t[e] = $n(t[e], 0, 1));
  return t;
}, lh = {};
for (let t of [
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
  lh[`[object ${t}]`] = t.toLowerCase();
function oe(t) {
  return lh[Object.prototype.toString.call(t)] || "object";
}
const te = (t, e = null) => t.length >= 3 ? Array.prototype.slice.call(t) : oe(t[0]) == "object" && e ? e.split("").filter((n) => t[0][n] !== void 0).map((n) => t[0][n]) : t[0].slice(0), gi = (t) => {
  if (t.length < 2) return null;
  const e = t.length - 1;
  return oe(t[e]) == "string" ? t[e].toLowerCase() : null;
}, { PI: Yo, min: rh, max: ah } = Math, ct = (t) => Math.round(t * 100) / 100, fr = (t) => Math.round(t * 100) / 100, Yt = Yo * 2, wl = Yo / 3, r5 = Yo / 180, a5 = 180 / Yo;
function ch(t) {
  return [...t.slice(0, 3).reverse(), ...t.slice(3)];
}
const J = {
  format: {},
  autodetect: []
};
class L {
  constructor(...e) {
    const n = this;
    if (oe(e[0]) === "object" && e[0].constructor && e[0].constructor === this.constructor)
      return e[0];
    let i = gi(e), o = !1;
    if (!i) {
      o = !0, J.sorted || (J.autodetect = J.autodetect.sort((l, s) => s.p - l.p), J.sorted = !0);
      for (let l of J.autodetect)
        if (i = l.test(...e), i) break;
    }
    if (J.format[i]) {
      const l = J.format[i].apply(
        null,
        o ? e : e.slice(0, -1)
      );
      n._rgb = ea(l);
    } else
      throw new Error("unknown format: " + e);
    n._rgb.length === 3 && n._rgb.push(1);
  }
  toString() {
    return oe(this.hex) == "function" ? this.hex() : `[${this._rgb.join(",")}]`;
  }
}
const c5 = "3.1.2", ie = (...t) => new L(...t);
ie.version = c5;
const ui = {
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
}, f5 = /^#?([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/, u5 = /^#?([A-Fa-f0-9]{8}|[A-Fa-f0-9]{4})$/, fh = (t) => {
  if (t.match(f5)) {
    (t.length === 4 || t.length === 7) && (t = t.substr(1)), t.length === 3 && (t = t.split(""), t = t[0] + t[0] + t[1] + t[1] + t[2] + t[2]);
    const e = parseInt(t, 16), n = e >> 16, i = e >> 8 & 255, o = e & 255;
    return [n, i, o, 1];
  }
  if (t.match(u5)) {
    (t.length === 5 || t.length === 9) && (t = t.substr(1)), t.length === 4 && (t = t.split(""), t = t[0] + t[0] + t[1] + t[1] + t[2] + t[2] + t[3] + t[3]);
    const e = parseInt(t, 16), n = e >> 24 & 255, i = e >> 16 & 255, o = e >> 8 & 255, l = Math.round((e & 255) / 255 * 100) / 100;
    return [n, i, o, l];
  }
  throw new Error(`unknown hex color: ${t}`);
}, { round: Is } = Math, uh = (...t) => {
  let [e, n, i, o] = te(t, "rgba"), l = gi(t) || "auto";
  o === void 0 && (o = 1), l === "auto" && (l = o < 1 ? "rgba" : "rgb"), e = Is(e), n = Is(n), i = Is(i);
  let r = "000000" + (e << 16 | n << 8 | i).toString(16);
  r = r.substr(r.length - 6);
  let a = "0" + Is(o * 255).toString(16);
  switch (a = a.substr(a.length - 2), l.toLowerCase()) {
    case "rgba":
      return `#${r}${a}`;
    case "argb":
      return `#${a}${r}`;
    default:
      return `#${r}`;
  }
};
L.prototype.name = function() {
  const t = uh(this._rgb, "rgb");
  for (let e of Object.keys(ui))
    if (ui[e] === t) return e.toLowerCase();
  return t;
};
J.format.named = (t) => {
  if (t = t.toLowerCase(), ui[t]) return fh(ui[t]);
  throw new Error("unknown color name: " + t);
};
J.autodetect.push({
  p: 5,
  test: (t, ...e) => {
    if (!e.length && oe(t) === "string" && ui[t.toLowerCase()])
      return "named";
  }
});
L.prototype.alpha = function(t, e = !1) {
  return t !== void 0 && oe(t) === "number" ? e ? (this._rgb[3] = t, this) : new L([this._rgb[0], this._rgb[1], this._rgb[2], t], "rgb") : this._rgb[3];
};
L.prototype.clipped = function() {
  return this._rgb._clipped || !1;
};
const Lt = {
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
}, h5 = /* @__PURE__ */ new Map([
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
function Kt(t) {
  const e = h5.get(String(t).toLowerCase());
  if (!e)
    throw new Error("unknown Lab illuminant " + t);
  Lt.labWhitePoint = t, Lt.Xn = e[0], Lt.Zn = e[1];
}
function is() {
  return Lt.labWhitePoint;
}
const ta = (...t) => {
  t = te(t, "lab");
  const [e, n, i] = t, [o, l, s] = d5(e, n, i), [r, a, c] = hh(o, l, s);
  return [r, a, c, t.length > 3 ? t[3] : 1];
}, d5 = (t, e, n) => {
  const { kE: i, kK: o, kKE: l, Xn: s, Yn: r, Zn: a } = Lt, c = (t + 16) / 116, f = 2e-3 * e + c, u = c - 5e-3 * n, h = f * f * f, d = u * u * u, p = h > i ? h : (116 * f - 16) / o, m = t > l ? Math.pow((t + 16) / 116, 3) : t / o, v = d > i ? d : (116 * u - 16) / o, y = p * s, C = m * r, N = v * a;
  return [y, C, N];
}, xl = (t) => {
  const e = Math.sign(t);
  return t = Math.abs(t), (t <= 31308e-7 ? t * 12.92 : 1.055 * Math.pow(t, 1 / 2.4) - 0.055) * e;
}, hh = (t, e, n) => {
  const { MtxAdaptMa: i, MtxAdaptMaI: o, MtxXYZ2RGB: l, RefWhiteRGB: s, Xn: r, Yn: a, Zn: c } = Lt, f = r * i.m00 + a * i.m10 + c * i.m20, u = r * i.m01 + a * i.m11 + c * i.m21, h = r * i.m02 + a * i.m12 + c * i.m22, d = s.X * i.m00 + s.Y * i.m10 + s.Z * i.m20, p = s.X * i.m01 + s.Y * i.m11 + s.Z * i.m21, m = s.X * i.m02 + s.Y * i.m12 + s.Z * i.m22, v = (t * i.m00 + e * i.m10 + n * i.m20) * (d / f), y = (t * i.m01 + e * i.m11 + n * i.m21) * (p / u), C = (t * i.m02 + e * i.m12 + n * i.m22) * (m / h), N = v * o.m00 + y * o.m10 + C * o.m20, P = v * o.m01 + y * o.m11 + C * o.m21, M = v * o.m02 + y * o.m12 + C * o.m22, O = xl(
    N * l.m00 + P * l.m10 + M * l.m20
  ), x = xl(
    N * l.m01 + P * l.m11 + M * l.m21
  ), _ = xl(
    N * l.m02 + P * l.m12 + M * l.m22
  );
  return [O * 255, x * 255, _ * 255];
}, na = (...t) => {
  const [e, n, i, ...o] = te(t, "rgb"), [l, s, r] = dh(e, n, i), [a, c, f] = p5(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
};
function p5(t, e, n) {
  const { Xn: i, Yn: o, Zn: l, kE: s, kK: r } = Lt, a = t / i, c = e / o, f = n / l, u = a > s ? Math.pow(a, 1 / 3) : (r * a + 16) / 116, h = c > s ? Math.pow(c, 1 / 3) : (r * c + 16) / 116, d = f > s ? Math.pow(f, 1 / 3) : (r * f + 16) / 116;
  return [116 * h - 16, 500 * (u - h), 200 * (h - d)];
}
function Ml(t) {
  const e = Math.sign(t);
  return t = Math.abs(t), (t <= 0.04045 ? t / 12.92 : Math.pow((t + 0.055) / 1.055, 2.4)) * e;
}
const dh = (t, e, n) => {
  t = Ml(t / 255), e = Ml(e / 255), n = Ml(n / 255);
  const { MtxRGB2XYZ: i, MtxAdaptMa: o, MtxAdaptMaI: l, Xn: s, Yn: r, Zn: a, As: c, Bs: f, Cs: u } = Lt;
  let h = t * i.m00 + e * i.m10 + n * i.m20, d = t * i.m01 + e * i.m11 + n * i.m21, p = t * i.m02 + e * i.m12 + n * i.m22;
  const m = s * o.m00 + r * o.m10 + a * o.m20, v = s * o.m01 + r * o.m11 + a * o.m21, y = s * o.m02 + r * o.m12 + a * o.m22;
  let C = h * o.m00 + d * o.m10 + p * o.m20, N = h * o.m01 + d * o.m11 + p * o.m21, P = h * o.m02 + d * o.m12 + p * o.m22;
  return C *= m / c, N *= v / f, P *= y / u, h = C * l.m00 + N * l.m10 + P * l.m20, d = C * l.m01 + N * l.m11 + P * l.m21, p = C * l.m02 + N * l.m12 + P * l.m22, [h, d, p];
};
L.prototype.lab = function() {
  return na(this._rgb);
};
const g5 = (...t) => new L(...t, "lab");
Object.assign(ie, { lab: g5, getLabWhitePoint: is, setLabWhitePoint: Kt });
J.format.lab = ta;
J.autodetect.push({
  p: 2,
  test: (...t) => {
    if (t = te(t, "lab"), oe(t) === "array" && t.length === 3)
      return "lab";
  }
});
L.prototype.darken = function(t = 1) {
  const e = this, n = e.lab();
  return n[0] -= Lt.Kn * t, new L(n, "lab").alpha(e.alpha(), !0);
};
L.prototype.brighten = function(t = 1) {
  return this.darken(-t);
};
L.prototype.darker = L.prototype.darken;
L.prototype.brighter = L.prototype.brighten;
L.prototype.get = function(t) {
  const [e, n] = t.split("."), i = this[e]();
  if (n) {
    const o = e.indexOf(n) - (e.substr(0, 2) === "ok" ? 2 : 0);
    if (o > -1) return i[o];
    throw new Error(`unknown channel ${n} in mode ${e}`);
  } else
    return i;
};
const { pow: m5 } = Math, v5 = 1e-7, b5 = 20;
L.prototype.luminance = function(t, e = "rgb") {
  if (t !== void 0 && oe(t) === "number") {
    if (t === 0)
      return new L([0, 0, 0, this._rgb[3]], "rgb");
    if (t === 1)
      return new L([255, 255, 255, this._rgb[3]], "rgb");
    let n = this.luminance(), i = b5;
    const o = (s, r) => {
      const a = s.interpolate(r, 0.5, e), c = a.luminance();
      return Math.abs(t - c) < v5 || !i-- ? a : c > t ? o(s, a) : o(a, r);
    }, l = (n > t ? o(new L([0, 0, 0]), this) : o(this, new L([255, 255, 255]))).rgb();
    return new L([...l, this._rgb[3]]);
  }
  return y5(...this._rgb.slice(0, 3));
};
const y5 = (t, e, n) => (t = Dl(t), e = Dl(e), n = Dl(n), 0.2126 * t + 0.7152 * e + 0.0722 * n), Dl = (t) => (t /= 255, t <= 0.03928 ? t / 12.92 : m5((t + 0.055) / 1.055, 2.4)), Ve = {}, hi = (t, e, n = 0.5, ...i) => {
  let o = i[0] || "lrgb";
  if (!Ve[o] && !i.length && (o = Object.keys(Ve)[0]), !Ve[o])
    throw new Error(`interpolation mode ${o} is not defined`);
  return oe(t) !== "object" && (t = new L(t)), oe(e) !== "object" && (e = new L(e)), Ve[o](t, e, n).alpha(
    t.alpha() + n * (e.alpha() - t.alpha())
  );
};
L.prototype.mix = L.prototype.interpolate = function(t, e = 0.5, ...n) {
  return hi(this, t, e, ...n);
};
L.prototype.premultiply = function(t = !1) {
  const e = this._rgb, n = e[3];
  return t ? (this._rgb = [e[0] * n, e[1] * n, e[2] * n, n], this) : new L([e[0] * n, e[1] * n, e[2] * n, n], "rgb");
};
const { sin: k5, cos: w5 } = Math, ph = (...t) => {
  let [e, n, i] = te(t, "lch");
  return isNaN(i) && (i = 0), i = i * r5, [e, w5(i) * n, k5(i) * n];
}, ia = (...t) => {
  t = te(t, "lch");
  const [e, n, i] = t, [o, l, s] = ph(e, n, i), [r, a, c] = ta(o, l, s);
  return [r, a, c, t.length > 3 ? t[3] : 1];
}, x5 = (...t) => {
  const e = ch(te(t, "hcl"));
  return ia(...e);
}, { sqrt: M5, atan2: D5, round: E5 } = Math, gh = (...t) => {
  const [e, n, i] = te(t, "lab"), o = M5(n * n + i * i);
  let l = (D5(i, n) * a5 + 360) % 360;
  return E5(o * 1e4) === 0 && (l = Number.NaN), [e, o, l];
}, sa = (...t) => {
  const [e, n, i, ...o] = te(t, "rgb"), [l, s, r] = na(e, n, i), [a, c, f] = gh(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
};
L.prototype.lch = function() {
  return sa(this._rgb);
};
L.prototype.hcl = function() {
  return ch(sa(this._rgb));
};
const _5 = (...t) => new L(...t, "lch"), C5 = (...t) => new L(...t, "hcl");
Object.assign(ie, { lch: _5, hcl: C5 });
J.format.lch = ia;
J.format.hcl = x5;
["lch", "hcl"].forEach(
  (t) => J.autodetect.push({
    p: 2,
    test: (...e) => {
      if (e = te(e, t), oe(e) === "array" && e.length === 3)
        return t;
    }
  })
);
L.prototype.saturate = function(t = 1) {
  const e = this, n = e.lch();
  return n[1] += Lt.Kn * t, n[1] < 0 && (n[1] = 0), new L(n, "lch").alpha(e.alpha(), !0);
};
L.prototype.desaturate = function(t = 1) {
  return this.saturate(-t);
};
L.prototype.set = function(t, e, n = !1) {
  const [i, o] = t.split("."), l = this[i]();
  if (o) {
    const s = i.indexOf(o) - (i.substr(0, 2) === "ok" ? 2 : 0);
    if (s > -1) {
      if (oe(e) == "string")
        switch (e.charAt(0)) {
          case "+":
            l[s] += +e;
            break;
          case "-":
            l[s] += +e;
            break;
          case "*":
            l[s] *= +e.substr(1);
            break;
          case "/":
            l[s] /= +e.substr(1);
            break;
          default:
            l[s] = +e;
        }
      else if (oe(e) === "number")
        l[s] = e;
      else
        throw new Error("unsupported value for Color.set");
      const r = new L(l, i);
      return n ? (this._rgb = r._rgb, this) : r;
    }
    throw new Error(`unknown channel ${o} in mode ${i}`);
  } else
    return l;
};
L.prototype.tint = function(t = 0.5, ...e) {
  return hi(this, "white", t, ...e);
};
L.prototype.shade = function(t = 0.5, ...e) {
  return hi(this, "black", t, ...e);
};
const N5 = (t, e, n) => {
  const i = t._rgb, o = e._rgb;
  return new L(
    i[0] + n * (o[0] - i[0]),
    i[1] + n * (o[1] - i[1]),
    i[2] + n * (o[2] - i[2]),
    "rgb"
  );
};
Ve.rgb = N5;
const { sqrt: El, pow: Xn } = Math, O5 = (t, e, n) => {
  const [i, o, l] = t._rgb, [s, r, a] = e._rgb;
  return new L(
    El(Xn(i, 2) * (1 - n) + Xn(s, 2) * n),
    El(Xn(o, 2) * (1 - n) + Xn(r, 2) * n),
    El(Xn(l, 2) * (1 - n) + Xn(a, 2) * n),
    "rgb"
  );
};
Ve.lrgb = O5;
const S5 = (t, e, n) => {
  const i = t.lab(), o = e.lab();
  return new L(
    i[0] + n * (o[0] - i[0]),
    i[1] + n * (o[1] - i[1]),
    i[2] + n * (o[2] - i[2]),
    "lab"
  );
};
Ve.lab = S5;
const mi = (t, e, n, i) => {
  let o, l;
  i === "hsl" ? (o = t.hsl(), l = e.hsl()) : i === "hsv" ? (o = t.hsv(), l = e.hsv()) : i === "hcg" ? (o = t.hcg(), l = e.hcg()) : i === "hsi" ? (o = t.hsi(), l = e.hsi()) : i === "lch" || i === "hcl" ? (i = "hcl", o = t.hcl(), l = e.hcl()) : i === "oklch" && (o = t.oklch().reverse(), l = e.oklch().reverse());
  let s, r, a, c, f, u;
  (i.substr(0, 1) === "h" || i === "oklch") && ([s, a, f] = o, [r, c, u] = l);
  let h, d, p, m;
  return !isNaN(s) && !isNaN(r) ? (r > s && r - s > 180 ? m = r - (s + 360) : r < s && s - r > 180 ? m = r + 360 - s : m = r - s, d = s + n * m) : isNaN(s) ? isNaN(r) ? d = Number.NaN : (d = r, (f == 1 || f == 0) && i != "hsv" && (h = c)) : (d = s, (u == 1 || u == 0) && i != "hsv" && (h = a)), h === void 0 && (h = a + n * (c - a)), p = f + n * (u - f), i === "oklch" ? new L([p, h, d], i) : new L([d, h, p], i);
}, mh = (t, e, n) => mi(t, e, n, "lch");
Ve.lch = mh;
Ve.hcl = mh;
const R5 = (t) => {
  if (oe(t) == "number" && t >= 0 && t <= 16777215) {
    const e = t >> 16, n = t >> 8 & 255, i = t & 255;
    return [e, n, i, 1];
  }
  throw new Error("unknown num color: " + t);
}, F5 = (...t) => {
  const [e, n, i] = te(t, "rgb");
  return (e << 16) + (n << 8) + i;
};
L.prototype.num = function() {
  return F5(this._rgb);
};
const A5 = (...t) => new L(...t, "num");
Object.assign(ie, { num: A5 });
J.format.num = R5;
J.autodetect.push({
  p: 5,
  test: (...t) => {
    if (t.length === 1 && oe(t[0]) === "number" && t[0] >= 0 && t[0] <= 16777215)
      return "num";
  }
});
const P5 = (t, e, n) => {
  const i = t.num(), o = e.num();
  return new L(i + n * (o - i), "num");
};
Ve.num = P5;
const { floor: T5 } = Math, V5 = (...t) => {
  t = te(t, "hcg");
  let [e, n, i] = t, o, l, s;
  i = i * 255;
  const r = n * 255;
  if (n === 0)
    o = l = s = i;
  else {
    e === 360 && (e = 0), e > 360 && (e -= 360), e < 0 && (e += 360), e /= 60;
    const a = T5(e), c = e - a, f = i * (1 - n), u = f + r * (1 - c), h = f + r * c, d = f + r;
    switch (a) {
      case 0:
        [o, l, s] = [d, h, f];
        break;
      case 1:
        [o, l, s] = [u, d, f];
        break;
      case 2:
        [o, l, s] = [f, d, h];
        break;
      case 3:
        [o, l, s] = [f, u, d];
        break;
      case 4:
        [o, l, s] = [h, f, d];
        break;
      case 5:
        [o, l, s] = [d, f, u];
        break;
    }
  }
  return [o, l, s, t.length > 3 ? t[3] : 1];
}, L5 = (...t) => {
  const [e, n, i] = te(t, "rgb"), o = rh(e, n, i), l = ah(e, n, i), s = l - o, r = s * 100 / 255, a = o / (255 - s) * 100;
  let c;
  return s === 0 ? c = Number.NaN : (e === l && (c = (n - i) / s), n === l && (c = 2 + (i - e) / s), i === l && (c = 4 + (e - n) / s), c *= 60, c < 0 && (c += 360)), [c, r, a];
};
L.prototype.hcg = function() {
  return L5(this._rgb);
};
const I5 = (...t) => new L(...t, "hcg");
ie.hcg = I5;
J.format.hcg = V5;
J.autodetect.push({
  p: 1,
  test: (...t) => {
    if (t = te(t, "hcg"), oe(t) === "array" && t.length === 3)
      return "hcg";
  }
});
const $5 = (t, e, n) => mi(t, e, n, "hcg");
Ve.hcg = $5;
const { cos: Zn } = Math, z5 = (...t) => {
  t = te(t, "hsi");
  let [e, n, i] = t, o, l, s;
  return isNaN(e) && (e = 0), isNaN(n) && (n = 0), e > 360 && (e -= 360), e < 0 && (e += 360), e /= 360, e < 1 / 3 ? (s = (1 - n) / 3, o = (1 + n * Zn(Yt * e) / Zn(wl - Yt * e)) / 3, l = 1 - (s + o)) : e < 2 / 3 ? (e -= 1 / 3, o = (1 - n) / 3, l = (1 + n * Zn(Yt * e) / Zn(wl - Yt * e)) / 3, s = 1 - (o + l)) : (e -= 2 / 3, l = (1 - n) / 3, s = (1 + n * Zn(Yt * e) / Zn(wl - Yt * e)) / 3, o = 1 - (l + s)), o = $n(i * o * 3), l = $n(i * l * 3), s = $n(i * s * 3), [o * 255, l * 255, s * 255, t.length > 3 ? t[3] : 1];
}, { min: B5, sqrt: H5, acos: j5 } = Math, W5 = (...t) => {
  let [e, n, i] = te(t, "rgb");
  e /= 255, n /= 255, i /= 255;
  let o;
  const l = B5(e, n, i), s = (e + n + i) / 3, r = s > 0 ? 1 - l / s : 0;
  return r === 0 ? o = NaN : (o = (e - n + (e - i)) / 2, o /= H5((e - n) * (e - n) + (e - i) * (n - i)), o = j5(o), i > n && (o = Yt - o), o /= Yt), [o * 360, r, s];
};
L.prototype.hsi = function() {
  return W5(this._rgb);
};
const G5 = (...t) => new L(...t, "hsi");
ie.hsi = G5;
J.format.hsi = z5;
J.autodetect.push({
  p: 2,
  test: (...t) => {
    if (t = te(t, "hsi"), oe(t) === "array" && t.length === 3)
      return "hsi";
  }
});
const q5 = (t, e, n) => mi(t, e, n, "hsi");
Ve.hsi = q5;
const ur = (...t) => {
  t = te(t, "hsl");
  const [e, n, i] = t;
  let o, l, s;
  if (n === 0)
    o = l = s = i * 255;
  else {
    const r = [0, 0, 0], a = [0, 0, 0], c = i < 0.5 ? i * (1 + n) : i + n - i * n, f = 2 * i - c, u = e / 360;
    r[0] = u + 1 / 3, r[1] = u, r[2] = u - 1 / 3;
    for (let h = 0; h < 3; h++)
      r[h] < 0 && (r[h] += 1), r[h] > 1 && (r[h] -= 1), 6 * r[h] < 1 ? a[h] = f + (c - f) * 6 * r[h] : 2 * r[h] < 1 ? a[h] = c : 3 * r[h] < 2 ? a[h] = f + (c - f) * (2 / 3 - r[h]) * 6 : a[h] = f;
    [o, l, s] = [a[0] * 255, a[1] * 255, a[2] * 255];
  }
  return t.length > 3 ? [o, l, s, t[3]] : [o, l, s, 1];
}, vh = (...t) => {
  t = te(t, "rgba");
  let [e, n, i] = t;
  e /= 255, n /= 255, i /= 255;
  const o = rh(e, n, i), l = ah(e, n, i), s = (l + o) / 2;
  let r, a;
  return l === o ? (r = 0, a = Number.NaN) : r = s < 0.5 ? (l - o) / (l + o) : (l - o) / (2 - l - o), e == l ? a = (n - i) / (l - o) : n == l ? a = 2 + (i - e) / (l - o) : i == l && (a = 4 + (e - n) / (l - o)), a *= 60, a < 0 && (a += 360), t.length > 3 && t[3] !== void 0 ? [a, r, s, t[3]] : [a, r, s];
};
L.prototype.hsl = function() {
  return vh(this._rgb);
};
const U5 = (...t) => new L(...t, "hsl");
ie.hsl = U5;
J.format.hsl = ur;
J.autodetect.push({
  p: 2,
  test: (...t) => {
    if (t = te(t, "hsl"), oe(t) === "array" && t.length === 3)
      return "hsl";
  }
});
const Y5 = (t, e, n) => mi(t, e, n, "hsl");
Ve.hsl = Y5;
const { floor: K5 } = Math, X5 = (...t) => {
  t = te(t, "hsv");
  let [e, n, i] = t, o, l, s;
  if (i *= 255, n === 0)
    o = l = s = i;
  else {
    e === 360 && (e = 0), e > 360 && (e -= 360), e < 0 && (e += 360), e /= 60;
    const r = K5(e), a = e - r, c = i * (1 - n), f = i * (1 - n * a), u = i * (1 - n * (1 - a));
    switch (r) {
      case 0:
        [o, l, s] = [i, u, c];
        break;
      case 1:
        [o, l, s] = [f, i, c];
        break;
      case 2:
        [o, l, s] = [c, i, u];
        break;
      case 3:
        [o, l, s] = [c, f, i];
        break;
      case 4:
        [o, l, s] = [u, c, i];
        break;
      case 5:
        [o, l, s] = [i, c, f];
        break;
    }
  }
  return [o, l, s, t.length > 3 ? t[3] : 1];
}, { min: Z5, max: Q5 } = Math, J5 = (...t) => {
  t = te(t, "rgb");
  let [e, n, i] = t;
  const o = Z5(e, n, i), l = Q5(e, n, i), s = l - o;
  let r, a, c;
  return c = l / 255, l === 0 ? (r = Number.NaN, a = 0) : (a = s / l, e === l && (r = (n - i) / s), n === l && (r = 2 + (i - e) / s), i === l && (r = 4 + (e - n) / s), r *= 60, r < 0 && (r += 360)), [r, a, c];
};
L.prototype.hsv = function() {
  return J5(this._rgb);
};
const eb = (...t) => new L(...t, "hsv");
ie.hsv = eb;
J.format.hsv = X5;
J.autodetect.push({
  p: 2,
  test: (...t) => {
    if (t = te(t, "hsv"), oe(t) === "array" && t.length === 3)
      return "hsv";
  }
});
const tb = (t, e, n) => mi(t, e, n, "hsv");
Ve.hsv = tb;
function Fo(t, e) {
  let n = t.length;
  Array.isArray(t[0]) || (t = [t]), Array.isArray(e[0]) || (e = e.map((s) => [s]));
  let i = e[0].length, o = e[0].map((s, r) => e.map((a) => a[r])), l = t.map(
    (s) => o.map((r) => Array.isArray(s) ? s.reduce((a, c, f) => a + c * (r[f] || 0), 0) : r.reduce((a, c) => a + c * s, 0))
  );
  return n === 1 && (l = l[0]), i === 1 ? l.map((s) => s[0]) : l;
}
const oa = (...t) => {
  t = te(t, "lab");
  const [e, n, i, ...o] = t, [l, s, r] = nb([e, n, i]), [a, c, f] = hh(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
};
function nb(t) {
  var e = [
    [1.2268798758459243, -0.5578149944602171, 0.2813910456659647],
    [-0.0405757452148008, 1.112286803280317, -0.0717110580655164],
    [-0.0763729366746601, -0.4214933324022432, 1.5869240198367816]
  ], n = [
    [1, 0.3963377773761749, 0.2158037573099136],
    [1, -0.1055613458156586, -0.0638541728258133],
    [1, -0.0894841775298119, -1.2914855480194092]
  ], i = Fo(n, t);
  return Fo(
    e,
    i.map((o) => o ** 3)
  );
}
const la = (...t) => {
  const [e, n, i, ...o] = te(t, "rgb"), l = dh(e, n, i);
  return [...ib(l), ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
};
function ib(t) {
  const e = [
    [0.819022437996703, 0.3619062600528904, -0.1288737815209879],
    [0.0329836539323885, 0.9292868615863434, 0.0361446663506424],
    [0.0481771893596242, 0.2642395317527308, 0.6335478284694309]
  ], n = [
    [0.210454268309314, 0.7936177747023054, -0.0040720430116193],
    [1.9779985324311684, -2.42859224204858, 0.450593709617411],
    [0.0259040424655478, 0.7827717124575296, -0.8086757549230774]
  ], i = Fo(e, t);
  return Fo(
    n,
    i.map((o) => Math.cbrt(o))
  );
}
L.prototype.oklab = function() {
  return la(this._rgb);
};
const sb = (...t) => new L(...t, "oklab");
Object.assign(ie, { oklab: sb });
J.format.oklab = oa;
J.autodetect.push({
  p: 2,
  test: (...t) => {
    if (t = te(t, "oklab"), oe(t) === "array" && t.length === 3)
      return "oklab";
  }
});
const ob = (t, e, n) => {
  const i = t.oklab(), o = e.oklab();
  return new L(
    i[0] + n * (o[0] - i[0]),
    i[1] + n * (o[1] - i[1]),
    i[2] + n * (o[2] - i[2]),
    "oklab"
  );
};
Ve.oklab = ob;
const lb = (t, e, n) => mi(t, e, n, "oklch");
Ve.oklch = lb;
const { pow: _l, sqrt: Cl, PI: Nl, cos: Fc, sin: Ac, atan2: rb } = Math, ab = (t, e = "lrgb", n = null) => {
  const i = t.length;
  n || (n = Array.from(new Array(i)).map(() => 1));
  const o = i / n.reduce(function(u, h) {
    return u + h;
  });
  if (n.forEach((u, h) => {
    n[h] *= o;
  }), t = t.map((u) => new L(u)), e === "lrgb")
    return cb(t, n);
  const l = t.shift(), s = l.get(e), r = [];
  let a = 0, c = 0;
  for (let u = 0; u < s.length; u++)
    if (s[u] = (s[u] || 0) * n[0], r.push(isNaN(s[u]) ? 0 : n[0]), e.charAt(u) === "h" && !isNaN(s[u])) {
      const h = s[u] / 180 * Nl;
      a += Fc(h) * n[0], c += Ac(h) * n[0];
    }
  let f = l.alpha() * n[0];
  t.forEach((u, h) => {
    const d = u.get(e);
    f += u.alpha() * n[h + 1];
    for (let p = 0; p < s.length; p++)
      if (!isNaN(d[p]))
        if (r[p] += n[h + 1], e.charAt(p) === "h") {
          const m = d[p] / 180 * Nl;
          a += Fc(m) * n[h + 1], c += Ac(m) * n[h + 1];
        } else
          s[p] += d[p] * n[h + 1];
  });
  for (let u = 0; u < s.length; u++)
    if (e.charAt(u) === "h") {
      let h = rb(c / r[u], a / r[u]) / Nl * 180;
      for (; h < 0; ) h += 360;
      for (; h >= 360; ) h -= 360;
      s[u] = h;
    } else
      s[u] = s[u] / r[u];
  return f /= i, new L(s, e).alpha(f > 0.99999 ? 1 : f, !0);
}, cb = (t, e) => {
  const n = t.length, i = [0, 0, 0, 0];
  for (let o = 0; o < t.length; o++) {
    const l = t[o], s = e[o] / n, r = l._rgb;
    i[0] += _l(r[0], 2) * s, i[1] += _l(r[1], 2) * s, i[2] += _l(r[2], 2) * s, i[3] += r[3] * s;
  }
  return i[0] = Cl(i[0]), i[1] = Cl(i[1]), i[2] = Cl(i[2]), i[3] > 0.9999999 && (i[3] = 1), new L(ea(i));
}, { pow: fb } = Math;
function Ao(t) {
  let e = "rgb", n = ie("#ccc"), i = 0, o = [0, 1], l = [], s = [0, 0], r = !1, a = [], c = !1, f = 0, u = 1, h = !1, d = {}, p = !0, m = 1;
  const v = function(x) {
    if (x = x || ["#fff", "#000"], x && oe(x) === "string" && ie.brewer && ie.brewer[x.toLowerCase()] && (x = ie.brewer[x.toLowerCase()]), oe(x) === "array") {
      x.length === 1 && (x = [x[0], x[0]]), x = x.slice(0);
      for (let _ = 0; _ < x.length; _++)
        x[_] = ie(x[_]);
      l.length = 0;
      for (let _ = 0; _ < x.length; _++)
        l.push(_ / (x.length - 1));
    }
    return M(), a = x;
  }, y = function(x) {
    if (r != null) {
      const _ = r.length - 1;
      let S = 0;
      for (; S < _ && x >= r[S]; )
        S++;
      return S - 1;
    }
    return 0;
  };
  let C = (x) => x, N = (x) => x;
  const P = function(x, _) {
    let S, $;
    if (_ == null && (_ = !1), isNaN(x) || x === null)
      return n;
    _ ? $ = x : r && r.length > 2 ? $ = y(x) / (r.length - 2) : u !== f ? $ = (x - f) / (u - f) : $ = 1, $ = N($), _ || ($ = C($)), m !== 1 && ($ = fb($, m)), $ = s[0] + $ * (1 - s[0] - s[1]), $ = $n($, 0, 1);
    const A = Math.floor($ * 1e4);
    if (p && d[A])
      S = d[A];
    else {
      if (oe(a) === "array")
        for (let j = 0; j < l.length; j++) {
          const U = l[j];
          if ($ <= U) {
            S = a[j];
            break;
          }
          if ($ >= U && j === l.length - 1) {
            S = a[j];
            break;
          }
          if ($ > U && $ < l[j + 1]) {
            $ = ($ - U) / (l[j + 1] - U), S = ie.interpolate(
              a[j],
              a[j + 1],
              $,
              e
            );
            break;
          }
        }
      else oe(a) === "function" && (S = a($));
      p && (d[A] = S);
    }
    return S;
  };
  var M = () => d = {};
  v(t);
  const O = function(x) {
    const _ = ie(P(x));
    return c && _[c] ? _[c]() : _;
  };
  return O.classes = function(x) {
    if (x != null) {
      if (oe(x) === "array")
        r = x, o = [x[0], x[x.length - 1]];
      else {
        const _ = ie.analyze(o);
        x === 0 ? r = [_.min, _.max] : r = ie.limits(_, "e", x);
      }
      return O;
    }
    return r;
  }, O.domain = function(x) {
    if (!arguments.length)
      return o;
    f = x[0], u = x[x.length - 1], l = [];
    const _ = a.length;
    if (x.length === _ && f !== u)
      for (let S of Array.from(x))
        l.push((S - f) / (u - f));
    else {
      for (let S = 0; S < _; S++)
        l.push(S / (_ - 1));
      if (x.length > 2) {
        const S = x.map((A, j) => j / (x.length - 1)), $ = x.map((A) => (A - f) / (u - f));
        $.every((A, j) => S[j] === A) || (N = (A) => {
          if (A <= 0 || A >= 1) return A;
          let j = 0;
          for (; A >= $[j + 1]; ) j++;
          const U = (A - $[j]) / ($[j + 1] - $[j]);
          return S[j] + U * (S[j + 1] - S[j]);
        });
      }
    }
    return o = [f, u], O;
  }, O.mode = function(x) {
    return arguments.length ? (e = x, M(), O) : e;
  }, O.range = function(x, _) {
    return v(x), O;
  }, O.out = function(x) {
    return c = x, O;
  }, O.spread = function(x) {
    return arguments.length ? (i = x, O) : i;
  }, O.correctLightness = function(x) {
    return x == null && (x = !0), h = x, M(), h ? C = function(_) {
      const S = P(0, !0).lab()[0], $ = P(1, !0).lab()[0], A = S > $;
      let j = P(_, !0).lab()[0];
      const U = S + ($ - S) * _;
      let be = j - U, ne = 0, ee = 1, G = 20;
      for (; Math.abs(be) > 0.01 && G-- > 0; )
        (function() {
          return A && (be *= -1), be < 0 ? (ne = _, _ += (ee - _) * 0.5) : (ee = _, _ += (ne - _) * 0.5), j = P(_, !0).lab()[0], be = j - U;
        })();
      return _;
    } : C = (_) => _, O;
  }, O.padding = function(x) {
    return x != null ? (oe(x) === "number" && (x = [x, x]), s = x, O) : s;
  }, O.colors = function(x, _) {
    arguments.length < 2 && (_ = "hex");
    let S = [];
    if (arguments.length === 0)
      S = a.slice(0);
    else if (x === 1)
      S = [O(0.5)];
    else if (x > 1) {
      const $ = o[0], A = o[1] - $;
      S = ub(0, x).map(
        (j) => O($ + j / (x - 1) * A)
      );
    } else {
      t = [];
      let $ = [];
      if (r && r.length > 2)
        for (let A = 1, j = r.length, U = 1 <= j; U ? A < j : A > j; U ? A++ : A--)
          $.push((r[A - 1] + r[A]) * 0.5);
      else
        $ = o;
      S = $.map((A) => O(A));
    }
    return ie[_] && (S = S.map(($) => $[_]())), S;
  }, O.cache = function(x) {
    return x != null ? (p = x, O) : p;
  }, O.gamma = function(x) {
    return x != null ? (m = x, O) : m;
  }, O.nodata = function(x) {
    return x != null ? (n = ie(x), O) : n;
  }, O;
}
function ub(t, e, n) {
  let i = [], o = t < e, l = e;
  for (let s = t; o ? s < l : s > l; o ? s++ : s--)
    i.push(s);
  return i;
}
const hb = function(t) {
  let e = [1, 1];
  for (let n = 1; n < t; n++) {
    let i = [1];
    for (let o = 1; o <= e.length; o++)
      i[o] = (e[o] || 0) + e[o - 1];
    e = i;
  }
  return e;
}, db = function(t) {
  let e, n, i, o;
  if (t = t.map((l) => new L(l)), t.length === 2)
    [n, i] = t.map((l) => l.lab()), e = function(l) {
      const s = [0, 1, 2].map((r) => n[r] + l * (i[r] - n[r]));
      return new L(s, "lab");
    };
  else if (t.length === 3)
    [n, i, o] = t.map((l) => l.lab()), e = function(l) {
      const s = [0, 1, 2].map(
        (r) => (1 - l) * (1 - l) * n[r] + 2 * (1 - l) * l * i[r] + l * l * o[r]
      );
      return new L(s, "lab");
    };
  else if (t.length === 4) {
    let l;
    [n, i, o, l] = t.map((s) => s.lab()), e = function(s) {
      const r = [0, 1, 2].map(
        (a) => (1 - s) * (1 - s) * (1 - s) * n[a] + 3 * (1 - s) * (1 - s) * s * i[a] + 3 * (1 - s) * s * s * o[a] + s * s * s * l[a]
      );
      return new L(r, "lab");
    };
  } else if (t.length >= 5) {
    let l, s, r;
    l = t.map((a) => a.lab()), r = t.length - 1, s = hb(r), e = function(a) {
      const c = 1 - a, f = [0, 1, 2].map(
        (u) => l.reduce(
          (h, d, p) => h + s[p] * c ** (r - p) * a ** p * d[u],
          0
        )
      );
      return new L(f, "lab");
    };
  } else
    throw new RangeError("No point in running bezier with only one color.");
  return e;
}, pb = (t) => {
  const e = db(t);
  return e.scale = () => Ao(e), e;
}, { round: bh } = Math;
L.prototype.rgb = function(t = !0) {
  return t === !1 ? this._rgb.slice(0, 3) : this._rgb.slice(0, 3).map(bh);
};
L.prototype.rgba = function(t = !0) {
  return this._rgb.slice(0, 4).map((e, n) => n < 3 ? t === !1 ? e : bh(e) : e);
};
const gb = (...t) => new L(...t, "rgb");
Object.assign(ie, { rgb: gb });
J.format.rgb = (...t) => {
  const e = te(t, "rgba");
  return e[3] === void 0 && (e[3] = 1), e;
};
J.autodetect.push({
  p: 3,
  test: (...t) => {
    if (t = te(t, "rgba"), oe(t) === "array" && (t.length === 3 || t.length === 4 && oe(t[3]) == "number" && t[3] >= 0 && t[3] <= 1))
      return "rgb";
  }
});
const yt = (t, e, n) => {
  if (!yt[n])
    throw new Error("unknown blend mode " + n);
  return yt[n](t, e);
}, mn = (t) => (e, n) => {
  const i = ie(n).rgb(), o = ie(e).rgb();
  return ie.rgb(t(i, o));
}, vn = (t) => (e, n) => {
  const i = [];
  return i[0] = t(e[0], n[0]), i[1] = t(e[1], n[1]), i[2] = t(e[2], n[2]), i;
}, mb = (t) => t, vb = (t, e) => t * e / 255, bb = (t, e) => t > e ? e : t, yb = (t, e) => t > e ? t : e, kb = (t, e) => 255 * (1 - (1 - t / 255) * (1 - e / 255)), wb = (t, e) => e < 128 ? 2 * t * e / 255 : 255 * (1 - 2 * (1 - t / 255) * (1 - e / 255)), xb = (t, e) => 255 * (1 - (1 - e / 255) / (t / 255)), Mb = (t, e) => t === 255 ? 255 : (t = 255 * (e / 255) / (1 - t / 255), t > 255 ? 255 : t);
yt.normal = mn(vn(mb));
yt.multiply = mn(vn(vb));
yt.screen = mn(vn(kb));
yt.overlay = mn(vn(wb));
yt.darken = mn(vn(bb));
yt.lighten = mn(vn(yb));
yt.dodge = mn(vn(Mb));
yt.burn = mn(vn(xb));
const { pow: Db, sin: Eb, cos: _b } = Math;
function Cb(t = 300, e = -1.5, n = 1, i = 1, o = [0, 1]) {
  let l = 0, s;
  oe(o) === "array" ? s = o[1] - o[0] : (s = 0, o = [o, o]);
  const r = function(a) {
    const c = Yt * ((t + 120) / 360 + e * a), f = Db(o[0] + s * a, i), h = (l !== 0 ? n[0] + a * l : n) * f * (1 - f) / 2, d = _b(c), p = Eb(c), m = f + h * (-0.14861 * d + 1.78277 * p), v = f + h * (-0.29227 * d - 0.90649 * p), y = f + h * (1.97294 * d);
    return ie(ea([m * 255, v * 255, y * 255, 1]));
  };
  return r.start = function(a) {
    return a == null ? t : (t = a, r);
  }, r.rotations = function(a) {
    return a == null ? e : (e = a, r);
  }, r.gamma = function(a) {
    return a == null ? i : (i = a, r);
  }, r.hue = function(a) {
    return a == null ? n : (n = a, oe(n) === "array" ? (l = n[1] - n[0], l === 0 && (n = n[1])) : l = 0, r);
  }, r.lightness = function(a) {
    return a == null ? o : (oe(a) === "array" ? (o = a, s = a[1] - a[0]) : (o = [a, a], s = 0), r);
  }, r.scale = () => ie.scale(r), r.hue(n), r;
}
const Nb = "0123456789abcdef", { floor: Ob, random: Sb } = Math, Rb = () => {
  let t = "#";
  for (let e = 0; e < 6; e++)
    t += Nb.charAt(Ob(Sb() * 16));
  return new L(t, "hex");
}, { log: Pc, pow: Fb, floor: Ab, abs: Pb } = Math;
function yh(t, e = null) {
  const n = {
    min: Number.MAX_VALUE,
    max: Number.MAX_VALUE * -1,
    sum: 0,
    values: [],
    count: 0
  };
  return oe(t) === "object" && (t = Object.values(t)), t.forEach((i) => {
    e && oe(i) === "object" && (i = i[e]), i != null && !isNaN(i) && (n.values.push(i), n.sum += i, i < n.min && (n.min = i), i > n.max && (n.max = i), n.count += 1);
  }), n.domain = [n.min, n.max], n.limits = (i, o) => kh(n, i, o), n;
}
function kh(t, e = "equal", n = 7) {
  oe(t) == "array" && (t = yh(t));
  const { min: i, max: o } = t, l = t.values.sort((r, a) => r - a);
  if (n === 1)
    return [i, o];
  const s = [];
  if (e.substr(0, 1) === "c" && (s.push(i), s.push(o)), e.substr(0, 1) === "e") {
    s.push(i);
    for (let r = 1; r < n; r++)
      s.push(i + r / n * (o - i));
    s.push(o);
  } else if (e.substr(0, 1) === "l") {
    if (i <= 0)
      throw new Error(
        "Logarithmic scales are only possible for values > 0"
      );
    const r = Math.LOG10E * Pc(i), a = Math.LOG10E * Pc(o);
    s.push(i);
    for (let c = 1; c < n; c++)
      s.push(Fb(10, r + c / n * (a - r)));
    s.push(o);
  } else if (e.substr(0, 1) === "q") {
    s.push(i);
    for (let r = 1; r < n; r++) {
      const a = (l.length - 1) * r / n, c = Ab(a);
      if (c === a)
        s.push(l[c]);
      else {
        const f = a - c;
        s.push(l[c] * (1 - f) + l[c + 1] * f);
      }
    }
    s.push(o);
  } else if (e.substr(0, 1) === "k") {
    let r;
    const a = l.length, c = new Array(a), f = new Array(n);
    let u = !0, h = 0, d = null;
    d = [], d.push(i);
    for (let v = 1; v < n; v++)
      d.push(i + v / n * (o - i));
    for (d.push(o); u; ) {
      for (let y = 0; y < n; y++)
        f[y] = 0;
      for (let y = 0; y < a; y++) {
        const C = l[y];
        let N = Number.MAX_VALUE, P;
        for (let M = 0; M < n; M++) {
          const O = Pb(d[M] - C);
          O < N && (N = O, P = M), f[P]++, c[y] = P;
        }
      }
      const v = new Array(n);
      for (let y = 0; y < n; y++)
        v[y] = null;
      for (let y = 0; y < a; y++)
        r = c[y], v[r] === null ? v[r] = l[y] : v[r] += l[y];
      for (let y = 0; y < n; y++)
        v[y] *= 1 / f[y];
      u = !1;
      for (let y = 0; y < n; y++)
        if (v[y] !== d[y]) {
          u = !0;
          break;
        }
      d = v, h++, h > 200 && (u = !1);
    }
    const p = {};
    for (let v = 0; v < n; v++)
      p[v] = [];
    for (let v = 0; v < a; v++)
      r = c[v], p[r].push(l[v]);
    let m = [];
    for (let v = 0; v < n; v++)
      m.push(p[v][0]), m.push(p[v][p[v].length - 1]);
    m = m.sort((v, y) => v - y), s.push(m[0]);
    for (let v = 1; v < m.length; v += 2) {
      const y = m[v];
      !isNaN(y) && s.indexOf(y) === -1 && s.push(y);
    }
  }
  return s;
}
const Tb = (t, e) => {
  t = new L(t), e = new L(e);
  const n = t.luminance(), i = e.luminance();
  return n > i ? (n + 0.05) / (i + 0.05) : (i + 0.05) / (n + 0.05);
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
const Tc = 0.027, Vb = 5e-4, Lb = 0.1, Vc = 1.14, $s = 0.022, Lc = 1.414, Ib = (t, e) => {
  t = new L(t), e = new L(e), t.alpha() < 1 && (t = hi(e, t, t.alpha(), "rgb"));
  const n = Ic(...t.rgb()), i = Ic(...e.rgb()), o = n >= $s ? n : n + Math.pow($s - n, Lc), l = i >= $s ? i : i + Math.pow($s - i, Lc), s = Math.pow(l, 0.56) - Math.pow(o, 0.57), r = Math.pow(l, 0.65) - Math.pow(o, 0.62), a = Math.abs(l - o) < Vb ? 0 : o < l ? s * Vc : r * Vc;
  return (Math.abs(a) < Lb ? 0 : a > 0 ? a - Tc : a + Tc) * 100;
};
function Ic(t, e, n) {
  return 0.2126729 * Math.pow(t / 255, 2.4) + 0.7151522 * Math.pow(e / 255, 2.4) + 0.072175 * Math.pow(n / 255, 2.4);
}
const { sqrt: jt, pow: De, min: $b, max: zb, atan2: $c, abs: zc, cos: zs, sin: Bc, exp: Bb, PI: Hc } = Math;
function Hb(t, e, n = 1, i = 1, o = 1) {
  var l = function(Re) {
    return 360 * Re / (2 * Hc);
  }, s = function(Re) {
    return 2 * Hc * Re / 360;
  };
  t = new L(t), e = new L(e);
  const [r, a, c] = Array.from(t.lab()), [f, u, h] = Array.from(e.lab()), d = (r + f) / 2, p = jt(De(a, 2) + De(c, 2)), m = jt(De(u, 2) + De(h, 2)), v = (p + m) / 2, y = 0.5 * (1 - jt(De(v, 7) / (De(v, 7) + De(25, 7)))), C = a * (1 + y), N = u * (1 + y), P = jt(De(C, 2) + De(c, 2)), M = jt(De(N, 2) + De(h, 2)), O = (P + M) / 2, x = l($c(c, C)), _ = l($c(h, N)), S = x >= 0 ? x : x + 360, $ = _ >= 0 ? _ : _ + 360, A = zc(S - $) > 180 ? (S + $ + 360) / 2 : (S + $) / 2, j = 1 - 0.17 * zs(s(A - 30)) + 0.24 * zs(s(2 * A)) + 0.32 * zs(s(3 * A + 6)) - 0.2 * zs(s(4 * A - 63));
  let U = $ - S;
  U = zc(U) <= 180 ? U : $ <= S ? U + 360 : U - 360, U = 2 * jt(P * M) * Bc(s(U) / 2);
  const be = f - r, ne = M - P, ee = 1 + 0.015 * De(d - 50, 2) / jt(20 + De(d - 50, 2)), G = 1 + 0.045 * O, X = 1 + 0.015 * O * j, ge = 30 * Bb(-De((A - 275) / 25, 2)), st = -(2 * jt(De(O, 7) / (De(O, 7) + De(25, 7)))) * Bc(2 * s(ge)), $e = jt(
    De(be / (n * ee), 2) + De(ne / (i * G), 2) + De(U / (o * X), 2) + st * (ne / (i * G)) * (U / (o * X))
  );
  return zb(0, $b(100, $e));
}
function jb(t, e, n = "lab") {
  t = new L(t), e = new L(e);
  const i = t.get(n), o = e.get(n);
  let l = 0;
  for (let s in i) {
    const r = (i[s] || 0) - (o[s] || 0);
    l += r * r;
  }
  return Math.sqrt(l);
}
const Wb = (...t) => {
  try {
    return new L(...t), !0;
  } catch {
    return !1;
  }
}, Gb = {
  cool() {
    return Ao([ie.hsl(180, 1, 0.9), ie.hsl(250, 0.7, 0.4)]);
  },
  hot() {
    return Ao(["#000", "#f00", "#ff0", "#fff"]).mode(
      "rgb"
    );
  }
}, hr = {
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
}, wh = Object.keys(hr), jc = new Map(wh.map((t) => [t.toLowerCase(), t])), qb = typeof Proxy == "function" ? new Proxy(hr, {
  get(t, e) {
    const n = e.toLowerCase();
    if (jc.has(n))
      return t[jc.get(n)];
  },
  getOwnPropertyNames() {
    return Object.getOwnPropertyNames(wh);
  }
}) : hr, Ub = (...t) => {
  t = te(t, "cmyk");
  const [e, n, i, o] = t, l = t.length > 4 ? t[4] : 1;
  return o === 1 ? [0, 0, 0, l] : [
    e >= 1 ? 0 : 255 * (1 - e) * (1 - o),
    // r
    n >= 1 ? 0 : 255 * (1 - n) * (1 - o),
    // g
    i >= 1 ? 0 : 255 * (1 - i) * (1 - o),
    // b
    l
  ];
}, { max: Wc } = Math, Yb = (...t) => {
  let [e, n, i] = te(t, "rgb");
  e = e / 255, n = n / 255, i = i / 255;
  const o = 1 - Wc(e, Wc(n, i)), l = o < 1 ? 1 / (1 - o) : 0, s = (1 - e - o) * l, r = (1 - n - o) * l, a = (1 - i - o) * l;
  return [s, r, a, o];
};
L.prototype.cmyk = function() {
  return Yb(this._rgb);
};
const Kb = (...t) => new L(...t, "cmyk");
Object.assign(ie, { cmyk: Kb });
J.format.cmyk = Ub;
J.autodetect.push({
  p: 2,
  test: (...t) => {
    if (t = te(t, "cmyk"), oe(t) === "array" && t.length === 4)
      return "cmyk";
  }
});
const Xb = (...t) => {
  const e = te(t, "hsla");
  let n = gi(t) || "lsa";
  return e[0] = ct(e[0] || 0) + "deg", e[1] = ct(e[1] * 100) + "%", e[2] = ct(e[2] * 100) + "%", n === "hsla" || e.length > 3 && e[3] < 1 ? (e[3] = "/ " + (e.length > 3 ? e[3] : 1), n = "hsla") : e.length = 3, `${n.substr(0, 3)}(${e.join(" ")})`;
}, Zb = (...t) => {
  const e = te(t, "lab");
  let n = gi(t) || "lab";
  return e[0] = ct(e[0]) + "%", e[1] = ct(e[1]), e[2] = ct(e[2]), n === "laba" || e.length > 3 && e[3] < 1 ? e[3] = "/ " + (e.length > 3 ? e[3] : 1) : e.length = 3, `lab(${e.join(" ")})`;
}, Qb = (...t) => {
  const e = te(t, "lch");
  let n = gi(t) || "lab";
  return e[0] = ct(e[0]) + "%", e[1] = ct(e[1]), e[2] = isNaN(e[2]) ? "none" : ct(e[2]) + "deg", n === "lcha" || e.length > 3 && e[3] < 1 ? e[3] = "/ " + (e.length > 3 ? e[3] : 1) : e.length = 3, `lch(${e.join(" ")})`;
}, Jb = (...t) => {
  const e = te(t, "lab");
  return e[0] = ct(e[0] * 100) + "%", e[1] = fr(e[1]), e[2] = fr(e[2]), e.length > 3 && e[3] < 1 ? e[3] = "/ " + (e.length > 3 ? e[3] : 1) : e.length = 3, `oklab(${e.join(" ")})`;
}, xh = (...t) => {
  const [e, n, i, ...o] = te(t, "rgb"), [l, s, r] = la(e, n, i), [a, c, f] = gh(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
}, e6 = (...t) => {
  const e = te(t, "lch");
  return e[0] = ct(e[0] * 100) + "%", e[1] = fr(e[1]), e[2] = isNaN(e[2]) ? "none" : ct(e[2]) + "deg", e.length > 3 && e[3] < 1 ? e[3] = "/ " + (e.length > 3 ? e[3] : 1) : e.length = 3, `oklch(${e.join(" ")})`;
}, { round: Ol } = Math, t6 = (...t) => {
  const e = te(t, "rgba");
  let n = gi(t) || "rgb";
  if (n.substr(0, 3) === "hsl")
    return Xb(vh(e), n);
  if (n.substr(0, 3) === "lab") {
    const i = is();
    Kt("d50");
    const o = Zb(na(e), n);
    return Kt(i), o;
  }
  if (n.substr(0, 3) === "lch") {
    const i = is();
    Kt("d50");
    const o = Qb(sa(e), n);
    return Kt(i), o;
  }
  return n.substr(0, 5) === "oklab" ? Jb(la(e)) : n.substr(0, 5) === "oklch" ? e6(xh(e)) : (e[0] = Ol(e[0]), e[1] = Ol(e[1]), e[2] = Ol(e[2]), (n === "rgba" || e.length > 3 && e[3] < 1) && (e[3] = "/ " + (e.length > 3 ? e[3] : 1), n = "rgba"), `${n.substr(0, 3)}(${e.slice(0, n === "rgb" ? 3 : 4).join(" ")})`);
}, Mh = (...t) => {
  t = te(t, "lch");
  const [e, n, i, ...o] = t, [l, s, r] = ph(e, n, i), [a, c, f] = oa(l, s, r);
  return [a, c, f, ...o.length > 0 && o[0] < 1 ? [o[0]] : []];
}, Xt = /((?:-?\d+)|(?:-?\d+(?:\.\d+)?)%|none)/.source, bt = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)%?)|none)/.source, Po = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)%)|none)/.source, ft = /\s*/.source, vi = /\s+/.source, ra = /\s*,\s*/.source, Ko = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)(?:deg)?)|none)/.source, bi = /\s*(?:\/\s*((?:[01]|[01]?\.\d+)|\d+(?:\.\d+)?%))?/.source, Dh = new RegExp(
  "^rgba?\\(" + ft + [Xt, Xt, Xt].join(vi) + bi + "\\)$"
), Eh = new RegExp(
  "^rgb\\(" + ft + [Xt, Xt, Xt].join(ra) + ft + "\\)$"
), _h = new RegExp(
  "^rgba\\(" + ft + [Xt, Xt, Xt, bt].join(ra) + ft + "\\)$"
), Ch = new RegExp(
  "^hsla?\\(" + ft + [Ko, Po, Po].join(vi) + bi + "\\)$"
), Nh = new RegExp(
  "^hsl?\\(" + ft + [Ko, Po, Po].join(ra) + ft + "\\)$"
), Oh = /^hsla\(\s*(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)%\s*,\s*(-?\d+(?:\.\d+)?)%\s*,\s*([01]|[01]?\.\d+)\)$/, Sh = new RegExp(
  "^lab\\(" + ft + [bt, bt, bt].join(vi) + bi + "\\)$"
), Rh = new RegExp(
  "^lch\\(" + ft + [bt, bt, Ko].join(vi) + bi + "\\)$"
), Fh = new RegExp(
  "^oklab\\(" + ft + [bt, bt, bt].join(vi) + bi + "\\)$"
), Ah = new RegExp(
  "^oklch\\(" + ft + [bt, bt, Ko].join(vi) + bi + "\\)$"
), { round: Ph } = Math, Qn = (t) => t.map((e, n) => n <= 2 ? $n(Ph(e), 0, 255) : e), Ee = (t, e = 0, n = 100, i = !1) => (typeof t == "string" && t.endsWith("%") && (t = parseFloat(t.substring(0, t.length - 1)) / 100, i ? t = e + (t + 1) * 0.5 * (n - e) : t = e + t * (n - e)), +t), Be = (t, e) => t === "none" ? e : t, aa = (t) => {
  if (t = t.toLowerCase().trim(), t === "transparent")
    return [0, 0, 0, 0];
  let e;
  if (J.format.named)
    try {
      return J.format.named(t);
    } catch {
    }
  if ((e = t.match(Dh)) || (e = t.match(Eh))) {
    let n = e.slice(1, 4);
    for (let o = 0; o < 3; o++)
      n[o] = +Ee(Be(n[o], 0), 0, 255);
    n = Qn(n);
    const i = e[4] !== void 0 ? +Ee(e[4], 0, 1) : 1;
    return n[3] = i, n;
  }
  if (e = t.match(_h)) {
    const n = e.slice(1, 5);
    for (let i = 0; i < 4; i++)
      n[i] = +Ee(n[i], 0, 255);
    return n;
  }
  if ((e = t.match(Ch)) || (e = t.match(Nh))) {
    const n = e.slice(1, 4);
    n[0] = +Be(n[0].replace("deg", ""), 0), n[1] = +Ee(Be(n[1], 0), 0, 100) * 0.01, n[2] = +Ee(Be(n[2], 0), 0, 100) * 0.01;
    const i = Qn(ur(n)), o = e[4] !== void 0 ? +Ee(e[4], 0, 1) : 1;
    return i[3] = o, i;
  }
  if (e = t.match(Oh)) {
    const n = e.slice(1, 4);
    n[1] *= 0.01, n[2] *= 0.01;
    const i = ur(n);
    for (let o = 0; o < 3; o++)
      i[o] = Ph(i[o]);
    return i[3] = +e[4], i;
  }
  if (e = t.match(Sh)) {
    const n = e.slice(1, 4);
    n[0] = Ee(Be(n[0], 0), 0, 100), n[1] = Ee(Be(n[1], 0), -125, 125, !0), n[2] = Ee(Be(n[2], 0), -125, 125, !0);
    const i = is();
    Kt("d50");
    const o = Qn(ta(n));
    Kt(i);
    const l = e[4] !== void 0 ? +Ee(e[4], 0, 1) : 1;
    return o[3] = l, o;
  }
  if (e = t.match(Rh)) {
    const n = e.slice(1, 4);
    n[0] = Ee(n[0], 0, 100), n[1] = Ee(Be(n[1], 0), 0, 150, !1), n[2] = +Be(n[2].replace("deg", ""), 0);
    const i = is();
    Kt("d50");
    const o = Qn(ia(n));
    Kt(i);
    const l = e[4] !== void 0 ? +Ee(e[4], 0, 1) : 1;
    return o[3] = l, o;
  }
  if (e = t.match(Fh)) {
    const n = e.slice(1, 4);
    n[0] = Ee(Be(n[0], 0), 0, 1), n[1] = Ee(Be(n[1], 0), -0.4, 0.4, !0), n[2] = Ee(Be(n[2], 0), -0.4, 0.4, !0);
    const i = Qn(oa(n)), o = e[4] !== void 0 ? +Ee(e[4], 0, 1) : 1;
    return i[3] = o, i;
  }
  if (e = t.match(Ah)) {
    const n = e.slice(1, 4);
    n[0] = Ee(Be(n[0], 0), 0, 1), n[1] = Ee(Be(n[1], 0), 0, 0.4, !1), n[2] = +Be(n[2].replace("deg", ""), 0);
    const i = Qn(Mh(n)), o = e[4] !== void 0 ? +Ee(e[4], 0, 1) : 1;
    return i[3] = o, i;
  }
};
aa.test = (t) => (
  // modern
  Dh.test(t) || Ch.test(t) || Sh.test(t) || Rh.test(t) || Fh.test(t) || Ah.test(t) || // legacy
  Eh.test(t) || _h.test(t) || Nh.test(t) || Oh.test(t) || t === "transparent"
);
L.prototype.css = function(t) {
  return t6(this._rgb, t);
};
const n6 = (...t) => new L(...t, "css");
ie.css = n6;
J.format.css = aa;
J.autodetect.push({
  p: 5,
  test: (t, ...e) => {
    if (!e.length && oe(t) === "string" && aa.test(t))
      return "css";
  }
});
J.format.gl = (...t) => {
  const e = te(t, "rgba");
  return e[0] *= 255, e[1] *= 255, e[2] *= 255, e;
};
const i6 = (...t) => new L(...t, "gl");
ie.gl = i6;
L.prototype.gl = function() {
  const t = this._rgb;
  return [t[0] / 255, t[1] / 255, t[2] / 255, t[3]];
};
L.prototype.hex = function(t) {
  return uh(this._rgb, t);
};
const s6 = (...t) => new L(...t, "hex");
ie.hex = s6;
J.format.hex = fh;
J.autodetect.push({
  p: 4,
  test: (t, ...e) => {
    if (!e.length && oe(t) === "string" && [3, 4, 5, 6, 7, 8, 9].indexOf(t.length) >= 0)
      return "hex";
  }
});
const { log: Bs } = Math, Th = (t) => {
  const e = t / 100;
  let n, i, o;
  return e < 66 ? (n = 255, i = e < 6 ? 0 : -155.25485562709179 - 0.44596950469579133 * (i = e - 2) + 104.49216199393888 * Bs(i), o = e < 20 ? 0 : -254.76935184120902 + 0.8274096064007395 * (o = e - 10) + 115.67994401066147 * Bs(o)) : (n = 351.97690566805693 + 0.114206453784165 * (n = e - 55) - 40.25366309332127 * Bs(n), i = 325.4494125711974 + 0.07943456536662342 * (i = e - 50) - 28.0852963507957 * Bs(i), o = 255), [n, i, o, 1];
}, { round: o6 } = Math, l6 = (...t) => {
  const e = te(t, "rgb"), n = e[0], i = e[2];
  let o = 1e3, l = 4e4;
  const s = 0.4;
  let r;
  for (; l - o > s; ) {
    r = (l + o) * 0.5;
    const a = Th(r);
    a[2] / a[0] >= i / n ? l = r : o = r;
  }
  return o6(r);
};
L.prototype.temp = L.prototype.kelvin = L.prototype.temperature = function() {
  return l6(this._rgb);
};
const Sl = (...t) => new L(...t, "temp");
Object.assign(ie, { temp: Sl, kelvin: Sl, temperature: Sl });
J.format.temp = J.format.kelvin = J.format.temperature = Th;
L.prototype.oklch = function() {
  return xh(this._rgb);
};
const r6 = (...t) => new L(...t, "oklch");
Object.assign(ie, { oklch: r6 });
J.format.oklch = Mh;
J.autodetect.push({
  p: 2,
  test: (...t) => {
    if (t = te(t, "oklch"), oe(t) === "array" && t.length === 3)
      return "oklch";
  }
});
Object.assign(ie, {
  analyze: yh,
  average: ab,
  bezier: pb,
  blend: yt,
  brewer: qb,
  Color: L,
  colors: ui,
  contrast: Tb,
  contrastAPCA: Ib,
  cubehelix: Cb,
  deltaE: Hb,
  distance: jb,
  input: J,
  interpolate: hi,
  limits: kh,
  mix: hi,
  random: Rb,
  scale: Ao,
  scales: Gb,
  valid: Wb
});
const a6 = { "dsfr-chart-colors-01": "#5C68E5", "dsfr-chart-colors-02": "#82B5F2", "dsfr-chart-colors-03": "#29598F", "dsfr-chart-colors-04": "#31A7AE", "dsfr-chart-colors-05": "#81EEF5", "dsfr-chart-colors-06": "#B478F1", "dsfr-chart-colors-07": "#CFB1F5", "dsfr-chart-colors-08": "#CECECE", "dsfr-chart-colors-09": "#DBDAFF", "dsfr-chart-colors-10": "#00005F", "dsfr-chart-colors-11": "#298641", "dsfr-chart-colors-12": "#79D289", "dsfr-chart-colors-13": "#EFB900", "dsfr-chart-colors-14": "#FFA373", "dsfr-chart-colors-15": "#E91719", "dsfr-chart-colors-default": "#5C68E5", "dsfr-chart-colors-neutral": "#B1B1B1" }, c6 = { "dsfr-chart-colors-01": "#5C68E5", "dsfr-chart-colors-02": "#699BD6", "dsfr-chart-colors-03": "#4878B1", "dsfr-chart-colors-04": "#00828A", "dsfr-chart-colors-05": "#51C1C8", "dsfr-chart-colors-06": "#BC8AF2", "dsfr-chart-colors-07": "#CFB1F5", "dsfr-chart-colors-08": "#A4A4A4", "dsfr-chart-colors-09": "#B8B9FF", "dsfr-chart-colors-10": "#3647CA", "dsfr-chart-colors-11": "#298641", "dsfr-chart-colors-12": "#449D57", "dsfr-chart-colors-13": "#AF8800", "dsfr-chart-colors-14": "#FFA373", "dsfr-chart-colors-15": "#E16834", "dsfr-chart-colors-default": "#5C68E5", "dsfr-chart-colors-neutral": "#808080" }, Gc = {
  light: a6,
  dark: c6
};
function Gn() {
  const t = document.documentElement.getAttribute("data-fr-theme") || "light";
  return Gc[t] || Gc.light;
}
function qc() {
  const t = Gn();
  return [
    t["dsfr-chart-colors-01"],
    t["dsfr-chart-colors-02"],
    t["dsfr-chart-colors-03"],
    t["dsfr-chart-colors-04"],
    t["dsfr-chart-colors-05"],
    t["dsfr-chart-colors-06"],
    t["dsfr-chart-colors-07"],
    t["dsfr-chart-colors-08"]
  ];
}
function f6() {
  const t = Gn();
  return ie.scale([
    t["dsfr-chart-colors-09"],
    t["dsfr-chart-colors-10"]
  ]).colors(10);
}
function u6() {
  const t = Gn();
  return ie.scale([
    t["dsfr-chart-colors-10"],
    t["dsfr-chart-colors-09"]
  ]).colors(10);
}
function h6() {
  const t = Gn();
  return ie.scale([
    t["dsfr-chart-colors-11"],
    t["dsfr-chart-colors-13"],
    t["dsfr-chart-colors-15"]
  ]).colors(4);
}
function d6() {
  const t = Gn();
  return ie.scale([
    t["dsfr-chart-colors-15"],
    t["dsfr-chart-colors-13"],
    t["dsfr-chart-colors-11"]
  ]).colors(4);
}
function p6() {
  return Gn()["dsfr-chart-colors-default"];
}
function g6() {
  return Gn()["dsfr-chart-colors-neutral"];
}
function m6(t) {
  switch (t) {
    case "default":
      return [p6()];
    case "neutral":
      return [g6()];
    case "categorical":
      return qc();
    case "sequentialAscending":
      return f6();
    case "sequentialDescending":
      return u6();
    case "divergentAscending":
      return h6();
    case "divergentDescending":
      return d6();
    default:
      return qc();
  }
}
const v6 = {
  name: "MapChart",
  components: {
    MapInfo: xv,
    ...s5
  },
  mixins: [uv],
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
    data: {
      type: String,
      required: !0
    },
    value: {
      type: [Number, String],
      default: ""
    },
    date: {
      type: String,
      required: !0
    },
    level: {
      type: String,
      default: "dep"
    },
    name: {
      type: String,
      default: "Data"
    },
    selectedPalette: {
      type: String,
      default: "sequentialAscending"
    }
  },
  data() {
    return {
      dataParse: {},
      widgetId: "",
      scaleMin: 0,
      scaleMax: 0,
      colorLeft: "",
      colorRight: "",
      isDep: !0,
      isReg: !1,
      isAcad: !1,
      zoomDep: "",
      InfoProps: {
        localisation: "",
        names: [],
        min: 0,
        max: 0,
        colorMin: "",
        colorMax: "",
        value: 0,
        valueNat: 0,
        date: ""
      },
      FranceProps: {
        viewBox: "0 0 1010 1010",
        displayDep: {},
        colorStroke: "#FFFFFF"
      },
      DromProps: {
        colorStroke: "#FFFFFF"
      },
      tooltip: {
        top: "0px",
        left: "0px",
        visibility: "hidden",
        value: 0,
        place: ""
      },
      displayFrance: "",
      displayGuadeloupe: "",
      displayMartinique: "",
      displayMayotte: "",
      displayReunion: "",
      displayGuyane: "",
      dromColor: "#6b6b6b"
    };
  },
  created() {
    this.widgetId = "dsfr-widget-" + Math.floor(Math.random() * 1e3), this.isDep = this.level === "dep", this.isReg = this.level === "reg", this.isAcad = this.level === "acad";
  },
  mounted() {
    this.createChart(), this.$forceUpdate(), document.documentElement.addEventListener("dsfr.theme", (e) => {
      this.changeTheme(e.detail.theme);
    });
  },
  methods: {
    createChart() {
      const t = this.$refs[this.widgetId];
      try {
        this.dataParse = JSON.parse(this.data);
      } catch (c) {
        console.error("Erreur lors du parsing des données data:", c);
        return;
      }
      const e = this.choosePalette();
      this.colorLeft = e[0], this.colorRight = e[e.length - 1], this.InfoProps.colorMin = this.colorLeft, this.InfoProps.colorMax = this.colorRight, this.InfoProps.date = this.date, this.InfoProps.names = this.name;
      const n = [];
      let i = [];
      if (this.FranceProps.displayDep = {}, this.zoomDep) {
        if (this.isDep) {
          const c = this.getDep(this.zoomDep).region_value;
          i = this.getDepsFromReg(c);
        } else this.isReg ? i = this.getAllReg() : this.isAcad && (i = [this.getAcad(this.zoomDep).value]);
        for (const c of i)
          n.push(this.dataParse[c]);
      } else
        for (const c in this.dataParse)
          n.push(this.dataParse[c]);
      this.scaleMin = Math.min(...n), this.scaleMax = Math.max(...n);
      const o = wu().domain([this.scaleMin, this.scaleMax]).range([this.colorLeft, this.colorRight]);
      let l = [], s = [], r = [], a = [];
      for (const c in this.dataParse) {
        const f = "FR-" + c, u = t.getElementsByClassName(f);
        if (!this.zoomDep)
          u.length !== 0 && u[0].setAttribute("fill", o(this.dataParse[c])), this.FranceProps.displayDep[f] = "";
        else {
          const h = document.querySelector("." + f).getBBox();
          this.zoomDep === c ? (u.length !== 0 && u[0].setAttribute("fill", o(this.dataParse[c])), this.FranceProps.displayDep[f] = "", l.push(h.x), r.push(h.y), s.push(h.x + h.width), a.push(h.y + h.height)) : i.includes(c) ? (u.length !== 0 && u[0].setAttribute("fill", this.colorLeft + "B3"), this.FranceProps.displayDep[f] = "", l.push(h.x), r.push(h.y), s.push(h.x + h.width), a.push(h.y + h.height)) : (u.length !== 0 && u[0].setAttribute("fill", "rgba(255, 255, 255, 0)"), this.FranceProps.displayDep[f] = "none");
        }
      }
      if (this.zoomDep) {
        if (this.isDep) {
          this.InfoProps.localisation = this.getDep(this.zoomDep).department;
          const c = Math.min(...l), f = Math.min(...r), u = Math.max(...s), h = Math.max(...a), d = u - c, p = h - f, m = Math.max(d, p);
          this.FranceProps.viewBox = `${c} ${f} ${m} ${m}`;
        } else this.isReg ? this.InfoProps.localisation = this.getReg(this.zoomDep).region : this.isAcad && (this.InfoProps.localisation = this.getAcad(this.zoomDep).academy);
        this.InfoProps.value = this.value, this.InfoProps.valueNat = this.dataParse[this.zoomDep], this.isDep && (this.displayFrance = "none", this.displayGuadeloupe = "none", this.displayMartinique = "none", this.displayMayotte = "none", this.displayReunion = "none", this.displayGuyane = "none", this.zoomDep === "971" && this.level === "dep" || this.zoomDep === "01" && this.level === "reg" ? this.displayGuadeloupe = "" : this.zoomDep === "972" && this.level === "dep" || this.zoomDep === "02" && this.level === "reg" ? this.displayMartinique = "" : this.zoomDep === "973" && this.level === "dep" || this.zoomDep === "03" && this.level === "reg" ? this.displayGuyane = "" : this.zoomDep === "974" && this.level === "dep" || this.zoomDep === "04" && this.level === "reg" ? this.displayReunion = "" : this.zoomDep === "976" && this.level === "dep" || this.zoomDep === "06" && this.level === "reg" ? this.displayMayotte = "" : this.displayFrance = "");
      } else
        this.InfoProps.localisation = "France", this.InfoProps.value = this.value, this.InfoProps.valueNat = 0, this.FranceProps.viewBox = "0 0 1010 1010", this.displayFrance = "", this.displayGuadeloupe = "", this.displayMartinique = "", this.displayMayotte = "", this.displayReunion = "", this.displayGuyane = "";
      this.InfoProps.names = this.name, this.InfoProps.min = this.scaleMin, this.InfoProps.max = this.scaleMax, this.InfoProps.colorMin = this.colorLeft, this.InfoProps.colorMax = this.colorRight;
    },
    displayTooltip(t) {
      if (Rc()) return;
      const e = this.$refs[this.widgetId], n = t.target.className.baseVal, i = n.replace("FR-", ""), o = e.getElementsByClassName(n);
      o[0].style.opacity = 0.8, this.tooltip.value = this.dataParse[i], this.isDep ? this.tooltip.place = this.getDep(i).department : this.isReg ? this.tooltip.place = this.getReg(i).region : this.isAcad && (this.tooltip.place = this.getAcad(i).academy);
      const l = e.querySelector(".france_container").getBoundingClientRect(), s = e.querySelector(".map_tooltip").getBoundingClientRect(), r = t.target.getBoundingClientRect(), a = window.innerWidth > 1e3 ? window.innerWidth / 30 : window.innerWidth / 15;
      let c = r.x - l.x + s.width - a, f = r.y - l.y;
      c + s.width + a > l.x && (c = r.x / 2 - l.x + s.width + a / 2), this.tooltip.top = f + "px", this.tooltip.left = c + "px", this.tooltip.visibility = "visible";
    },
    hideTooltip(t) {
      if (Rc()) return;
      this.tooltip.visibility = "hidden";
      const e = this.$refs[this.widgetId], n = t.target.className.baseVal, i = e.getElementsByClassName(n);
      i[0].style.opacity = 1;
    },
    changeGeoLevel(t) {
      const e = t.target.className.baseVal.replace("FR-", "");
      this.zoomDep = e, this.createChart();
    },
    resetGeoFilters() {
      this.zoomDep = "", this.createChart();
    },
    choosePalette() {
      return m6(this.selectedPalette);
    },
    changeTheme(t) {
      t === "light" ? (this.dromColor = "#6b6b6b", this.FranceProps.colorStroke = "#FFFFFF", this.DromProps.colorStroke = "#FFFFFF") : (this.dromColor = "#cecece", this.FranceProps.colorStroke = "#161616", this.DromProps.colorStroke = "#161616"), this.createChart();
    }
  }
}, b6 = { class: "fr-col-12 fr-col-lg-9 align-stretch" }, y6 = { class: "map" }, k6 = { class: "tooltip_header fr-text--sm fr-mb-0" }, w6 = { class: "tooltip_body" }, x6 = { class: "tooltip_value-content" }, M6 = { class: "tooltip_value" }, D6 = { class: "om_container fr-grid-row no_select" };
function E6(t, e, n, i, o, l) {
  var p;
  const s = nn("MapInfo"), r = nn("france"), a = nn("france-reg"), c = nn("guadeloupe"), f = nn("martinique"), u = nn("guyane"), h = nn("reunion"), d = nn("mayotte");
  return Ke(), su(Zd, {
    disabled: !((p = t.$el) != null && p.ownerDocument.getElementById(n.databoxId)) || !n.databoxId && !n.databoxType && n.databoxSource === "default",
    to: "#" + n.databoxId + "-" + n.databoxType + "-" + n.databoxSource
  }, [
    w("div", {
      ref: o.widgetId,
      class: "widget_container fr-grid-row"
    }, [
      Fe(s, { data: o.InfoProps }, null, 8, ["data"]),
      w("div", b6, [
        o.zoomDep ? (Ke(), rt("button", {
          key: 0,
          class: "fr-btn fr-btn--sm fr-icon-arrow-go-back-fill fr-btn--icon-left fr-btn--tertiary-no-outline fr-ml-4w",
          onClick: e[0] || (e[0] = (...m) => l.resetGeoFilters && l.resetGeoFilters(...m))
        }, " Retour ")) : Xs("", !0),
        w("div", y6, [
          w("div", {
            class: "map_tooltip",
            style: D({ top: o.tooltip.top, left: o.tooltip.left, visibility: o.tooltip.visibility })
          }, [
            w("div", k6, lt(o.tooltip.place), 1),
            w("div", w6, [
              w("div", x6, [
                w("div", M6, lt(o.tooltip.value), 1)
              ])
            ])
          ], 4),
          o.isDep ? (Ke(), rt("div", {
            key: 0,
            class: "france_container no_select",
            style: D({ display: o.displayFrance })
          }, [
            Fe(r, {
              config: o.FranceProps,
              onclick: l.changeGeoLevel,
              ondblclick: l.resetGeoFilters,
              onenter: l.displayTooltip,
              onleave: l.hideTooltip
            }, null, 8, ["config", "onclick", "ondblclick", "onenter", "onleave"])
          ], 4)) : Xs("", !0),
          o.isReg ? (Ke(), rt("div", {
            key: 1,
            class: "france_container no_select",
            style: D({ display: o.displayFrance })
          }, [
            Fe(a, {
              config: o.FranceProps,
              onclick: l.changeGeoLevel,
              ondblclick: l.resetGeoFilters,
              onenter: l.displayTooltip,
              onleave: l.hideTooltip
            }, null, 8, ["config", "onclick", "ondblclick", "onenter", "onleave"])
          ], 4)) : Xs("", !0),
          w("div", D6, [
            w("div", {
              class: "om fr-col-sm",
              style: D({ display: o.displayGuadeloupe })
            }, [
              w("span", {
                class: "om_title fr-text--xs fr-my-1w",
                style: D({ color: o.dromColor })
              }, " Guadeloupe ", 4),
              Fe(c, {
                height: "50",
                config: o.DromProps,
                onclick: l.changeGeoLevel,
                ondblclick: l.resetGeoFilters,
                onenter: l.displayTooltip,
                onleave: l.hideTooltip
              }, null, 8, ["config", "onclick", "ondblclick", "onenter", "onleave"])
            ], 4),
            w("div", {
              class: "om fr-col-sm",
              style: D({ display: o.displayMartinique })
            }, [
              w("span", {
                class: "fr-text--xs fr-my-1w",
                style: D({ color: o.dromColor })
              }, " Martinique ", 4),
              Fe(f, {
                height: "50",
                config: o.DromProps,
                onclick: l.changeGeoLevel,
                ondblclick: l.resetGeoFilters,
                onenter: l.displayTooltip,
                onleave: l.hideTooltip
              }, null, 8, ["config", "onclick", "ondblclick", "onenter", "onleave"])
            ], 4),
            w("div", {
              class: "om fr-col-sm",
              style: D({ display: o.displayGuyane })
            }, [
              w("span", {
                class: "fr-text--xs fr-my-1w",
                style: D({ color: o.dromColor })
              }, " Guyane ", 4),
              Fe(u, {
                height: "50",
                config: o.DromProps,
                onclick: l.changeGeoLevel,
                ondblclick: l.resetGeoFilters,
                onenter: l.displayTooltip,
                onleave: l.hideTooltip
              }, null, 8, ["config", "onclick", "ondblclick", "onenter", "onleave"])
            ], 4),
            w("div", {
              class: "om fr-col-sm",
              style: D({ display: o.displayReunion })
            }, [
              w("span", {
                class: "fr-text--xs fr-my-1w",
                style: D({ color: o.dromColor })
              }, " La Réunion ", 4),
              Fe(h, {
                height: "50",
                config: o.DromProps,
                onclick: l.changeGeoLevel,
                ondblclick: l.resetGeoFilters,
                onenter: l.displayTooltip,
                onleave: l.hideTooltip
              }, null, 8, ["config", "onclick", "ondblclick", "onenter", "onleave"])
            ], 4),
            w("div", {
              class: "om fr-col-sm",
              style: D({ display: o.displayMayotte })
            }, [
              w("span", {
                class: "fr-text--xs fr-my-1w",
                style: D({ color: o.dromColor })
              }, " Mayotte ", 4),
              Fe(d, {
                height: "50",
                config: o.DromProps,
                onclick: l.changeGeoLevel,
                ondblclick: l.resetGeoFilters,
                onenter: l.displayTooltip,
                onleave: l.hideTooltip
              }, null, 8, ["config", "onclick", "ondblclick", "onenter", "onleave"])
            ], 4)
          ])
        ])
      ])
    ], 512)
  ], 8, ["disabled", "to"]);
}
const _6 = /* @__PURE__ */ tn(v6, [["render", E6], ["__scopeId", "data-v-ed2db8e5"]]), C6 = /* @__PURE__ */ z3(_6);
customElements.define("map-chart", C6, { shadowRoot: !1 });
